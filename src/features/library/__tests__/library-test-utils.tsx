import { act, screen } from '@testing-library/react';
import { instrument } from '@/content/instrument';
import type { Assessment } from '@/domain/assessment/assessment';
import type { Language } from '@/lib/i18n/languages';
import { appStore } from '@/lib/store/use-app-store';
import { renderApp } from '../../../../test/setup/render-app';

/** jsdom has <dialog> but not its methods; this stand-in opens and closes it the way browsers do, minus the inertness. */
export function polyfillDialog(): void {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & { showModal?: () => void };
  if (typeof proto.showModal === 'function') return;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

const T0 = Date.UTC(2026, 2, 10, 9, 30);

/** An assessment with a few answers (four of the questions shown answered). */
export function sampleAssessment(over: Partial<Assessment> = {}): Assessment {
  return {
    id: 'ningbo',
    name: 'Ningbo Pumps',
    createdAt: T0,
    updatedAt: T0 + 3_600_000,
    instrumentVersion: instrument.version,
    answers: {
      'profile.industry': { value: 'machinery', updatedAt: T0 },
      'profile.export_status': { value: 'regular', updatedAt: T0 },
      'rd.intensity': { value: 4.2, note: 'Annual report', updatedAt: T0 },
      'rd.patents_abroad': { dontKnow: true, updatedAt: T0 },
    },
    ...over,
  };
}

/** Renders the whole app at "My assessments" with the real i18n, after putting `seed` in the store. */
export async function renderLibrary(lng: Language, seed: Assessment[] = []) {
  const view = await renderApp(lng, '#/');
  await act(async () => {
    appStore.setState((s) => ({ assessments: { ...s.assessments, ...Object.fromEntries(seed.map((a) => [a.id, a])) } }));
    window.location.hash = '#/assessments';
  });
  await screen.findByRole('heading', { level: 1, name: lng === 'en' ? 'My assessments' : '我的自评' }, { timeout: 5000 });
  return view;
}

/** A File whose text is `text` (named like an export). */
export const jsonFile = (text: string, name = 'chuhai-test.json') => new File([text], name, { type: 'application/json' });
