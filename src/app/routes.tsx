import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { i18n as I18n } from 'i18next';
import { StartPage } from '@/features/start/StartPage';

/** The main areas, in navigation order; `segment` is the first part of the hash path. */
export const NAV_AREAS = [
  { segment: '', labelKey: 'nav.start' },
  { segment: 'assess', labelKey: 'nav.assess' },
  { segment: 'results', labelKey: 'nav.results' },
  { segment: 'assessments', labelKey: 'nav.assessments' },
  { segment: 'workshop', labelKey: 'nav.workshop' },
  { segment: 'about', labelKey: 'nav.about' },
] as const;

export type AreaSegment = (typeof NAV_AREAS)[number]['segment'];

// Each screen but the start page is its own chunk, fetched on first visit.
const pages = {
  about: () => import('@/features/about/AboutPage'),
  assessments: () => import('@/features/library/LibraryPage'),
  assess: () => import('@/features/questionnaire/QuestionnairePage'),
  results: () => import('@/features/results/ResultsPage'),
  report: () => import('@/features/report/ReportPage'),
  compare: () => import('@/features/compare/ComparePage'),
  workshop: () => import('@/features/workshop/WorkshopPage'),
};
const AboutPage = lazy(pages.about);
const LibraryPage = lazy(pages.assessments);
const QuestionnairePage = lazy(pages.assess);
const ResultsPage = lazy(pages.results);
const ReportPage = lazy(pages.report);
const ComparePage = lazy(pages.compare);
const WorkshopPage = lazy(pages.workshop);

/** The text namespaces each screen needs besides its own chunk. Charts are left to load after the first paint. */
const NEEDS: Record<string, { namespaces: string[] }> = {
  about: { namespaces: [] },
  assessments: { namespaces: ['library', 'instrument'] },
  assess: { namespaces: ['questionnaire', 'instrument'] },
  results: { namespaces: ['results', 'instrument'] },
  report: { namespaces: ['report', 'results', 'instrument', 'recommendations'] },
  compare: { namespaces: ['compare', 'instrument', 'recommendations'] },
  workshop: { namespaces: ['workshop', 'instrument'] },
};

/**
 * Starts fetching, all at once, what the screen the app opens on will need: its chunk and its text. Otherwise each is requested only when the previous one has arrived and run.
 */
export function preloadRoute(segment: string, i18n: I18n): void {
  const needs = NEEDS[segment];
  if (!needs) return;
  void pages[segment as keyof typeof pages]().catch(() => undefined);
  if (needs.namespaces.length) void i18n.loadNamespaces(needs.namespaces).catch(() => undefined);
}

/** Every screen but the start page is its own chunk, loaded when first visited. */
export const ROUTES: Record<string, ComponentType | LazyExoticComponent<ComponentType>> = {
  '': StartPage,
  about: AboutPage,
  assess: QuestionnairePage,
  results: ResultsPage,
  report: ReportPage,
  compare: ComparePage,
  assessments: LibraryPage,
  workshop: WorkshopPage,
};
