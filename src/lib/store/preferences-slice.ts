import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';
import type { Language, Preferences } from './persisted-state';

export interface PreferencesSlice {
  preferences: Preferences;
  setLanguage: (language: Language) => void;
  setBilingual: (bilingual: boolean) => void;
}

export const createPreferencesSlice: StateCreator<AppState, [], [], PreferencesSlice> = (set) => ({
  preferences: { language: null, bilingual: false },
  setLanguage: (language) => set((s) => ({ preferences: { ...s.preferences, language } })),
  setBilingual: (bilingual) => set((s) => ({ preferences: { ...s.preferences, bilingual } })),
});
