import { act, render } from '@testing-library/react';
import { App } from '@/app/App';
import { createI18n } from '@/lib/i18n/i18n';
import type { Language } from '@/lib/i18n/languages';
import { appStore } from '@/lib/store/use-app-store';

const pristine = appStore.getState();

/** Resets the app store to its first-visit state (tests share the module-level store). */
export function resetAppStore(): void {
  appStore.setState({ ...pristine, assessments: {}, deleted: {}, currentId: null, storageProblems: [], preferences: { language: null, bilingual: false } }, true);
}

/** Renders the whole app with the real i18n in `lng`, at `hash`. */
export async function renderApp(lng: Language, hash = '#/') {
  resetAppStore();
  appStore.getState().setLanguage(lng);
  window.location.hash = hash;
  const i18n = await createI18n(lng);
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(<App i18n={i18n} />);
  });
  return { ...view, i18n };
}
