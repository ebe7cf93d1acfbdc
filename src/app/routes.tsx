import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
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

const AboutPage = lazy(() => import('@/features/about/AboutPage'));
const LibraryPage = lazy(() => import('@/features/library/LibraryPage'));
const QuestionnairePage = lazy(() => import('@/features/questionnaire/QuestionnairePage'));
const ResultsPage = lazy(() => import('@/features/results/ResultsPage'));
const ReportPage = lazy(() => import('@/features/report/ReportPage'));
const ComparePage = lazy(() => import('@/features/compare/ComparePage'));
const WorkshopPage = lazy(() => import('@/features/workshop/WorkshopPage'));

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
