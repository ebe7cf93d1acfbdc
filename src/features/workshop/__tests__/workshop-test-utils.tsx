import { act, screen } from '@testing-library/react';
import { instrument } from '@/content/instrument';
import type { Assessment } from '@/domain/assessment/assessment';
import { buildAssessmentFile, serializeExchangeFile } from '@/domain/exchange/build-exchange-file';
import { mergeIntoCohort } from '@/domain/cohort/cohort-members';
import { setCohortStorage } from '@/lib/cohort-storage/cohort-storage';
import { createMemoryAdapter } from '@/lib/cohort-storage/memory-adapter';
import type { CohortStorageAdapter } from '@/lib/cohort-storage/storage-adapter';
import { newCohort, type StoredCohort } from '@/lib/cohort-storage/stored-cohort';
import type { Language } from '@/lib/i18n/languages';
import { ARCHETYPES } from '../../../../test/fixtures/archetypes';
import { renderApp } from '../../../../test/setup/render-app';

const T0 = Date.UTC(2027, 2, 14, 9);

/** Archetype firms as assessments (real answer sets with known outcomes), named in both languages. */
export function firmAssessments(ids = ['oem_exporter_70', 'tech_sme', 'ecommerce_brand_seller', 'integrated_chain', 'pre_export']): Assessment[] {
  return ids.map((id, i) => {
    const a = ARCHETYPES.find((x) => x.id === id)!;
    return { id: `a-${id}`, name: i % 2 ? `宁波${i}号公司` : `Firm ${id}`, createdAt: T0, updatedAt: T0 + i, instrumentVersion: instrument.version, answers: a.answers };
  });
}

/** A stored cohort holding `assessments`, as if saved before a reload. */
export function storedCohort(assessments: Assessment[], over: Partial<StoredCohort> = {}): StoredCohort {
  const merged = mergeIntoCohort([], 0, assessments);
  return { ...newCohort('cohort-1', 'Ningbo, March 2027', T0), members: merged.members, nextSeq: merged.nextSeq, ...over };
}

/** A File as a firm would hand it over. */
export const resultFile = (a: Assessment, name = `chuhai-${a.id}.json`) => new File([serializeExchangeFile(buildAssessmentFile(a, T0))], name, { type: 'application/json' });
export const textFile = (text: string, name: string) => new File([text], name, { type: 'application/json' });

export interface WorkshopOptions {
  hash?: string;
  /** Cohorts kept "in the browser" (jsdom has no IndexedDB). */
  adapter?: CohortStorageAdapter;
  /** The page heading to wait for; the cohort list's by default. */
  heading?: string | RegExp;
}

/** Renders the whole app with the real i18n at `hash`, and waits for the workshop page's heading. */
export async function renderWorkshop(lng: Language, { hash = '#/workshop', adapter = createMemoryAdapter({ persistent: true }), heading }: WorkshopOptions = {}) {
  setCohortStorage(adapter);
  const view = await renderApp(lng, '#/');
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  await screen.findByRole('heading', { level: 1, name: heading ?? (lng === 'en' ? 'Workshop' : '研讨会') }, { timeout: 5000 });
  return { ...view, adapter };
}
