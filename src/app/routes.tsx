import type { ComponentType, LazyExoticComponent } from 'react';
import type { i18n as I18n } from 'i18next';
import { StartPage } from '@/features/start/StartPage';
import { lazyWithPreload, type PreloadableComponent } from './lazy-with-preload';
import { ROUTE_NEEDS, type RouteSegment } from './route-needs';

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

// Each screen but the start page is its own chunk, fetched on first visit (or before the first render of a deep link).
// The paths are repeated in route-needs.ts for the build; a unit test keeps the two in step.
const pages: Record<RouteSegment, PreloadableComponent> = {
  about: lazyWithPreload(() => import('@/features/about/AboutPage')),
  assessments: lazyWithPreload(() => import('@/features/library/LibraryPage')),
  assess: lazyWithPreload(() => import('@/features/questionnaire/QuestionnairePage')),
  results: lazyWithPreload(() => import('@/features/results/ResultsPage')),
  report: lazyWithPreload(() => import('@/features/report/ReportPage')),
  compare: lazyWithPreload(() => import('@/features/compare/ComparePage')),
  workshop: lazyWithPreload(() => import('@/features/workshop/WorkshopPage')),
  handin: lazyWithPreload(() => import('@/features/handin/HandInPage')),
  plan: lazyWithPreload(() => import('@/features/planner/PlanPage')),
};

/**
 * Fetches, all at once, what the screen the app opens on needs: its chunk and its text (otherwise
 * each is requested only when the previous one has arrived and run). Resolves when both are in,
 * so the first render shows the page itself rather than a loading line; never rejects: a chunk that
 * failed to load is reported by the page's error boundary when it renders.
 */
export async function preloadRoute(segment: string, i18n: I18n): Promise<void> {
  if (!Object.hasOwn(ROUTE_NEEDS, segment)) return;
  const { namespaces } = ROUTE_NEEDS[segment as RouteSegment];
  await Promise.all([
    pages[segment as RouteSegment].preload().catch(() => undefined),
    namespaces.length ? i18n.loadNamespaces([...namespaces]).catch(() => undefined) : undefined,
  ]);
}

/** Every screen but the start page is its own chunk, loaded when first visited. */
export const ROUTES: Record<string, ComponentType | LazyExoticComponent<ComponentType>> = {
  '': StartPage,
  ...pages,
};
