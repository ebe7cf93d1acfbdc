/**
 * What each screen needs before it can paint, besides the first bundle: its page module and its
 * text namespaces. routes.tsx loads them; the build (vite.config.ts) writes the same list into
 * index.html so that a link straight to a screen starts fetching it with the page itself.
 * No imports: the build reads this file too.
 */
export const ROUTE_NEEDS = {
  about: { page: 'src/features/about/AboutPage.tsx', namespaces: [] },
  assessments: { page: 'src/features/library/LibraryPage.tsx', namespaces: ['library', 'instrument'] },
  assess: { page: 'src/features/questionnaire/QuestionnairePage.tsx', namespaces: ['questionnaire', 'instrument', 'questions'] },
  results: { page: 'src/features/results/ResultsPage.tsx', namespaces: ['results', 'instrument'] },
  report: { page: 'src/features/report/ReportPage.tsx', namespaces: ['report', 'results', 'instrument', 'questions', 'recommendations'] },
  compare: { page: 'src/features/compare/ComparePage.tsx', namespaces: ['compare', 'instrument', 'questions', 'recommendations'] },
  workshop: { page: 'src/features/workshop/WorkshopPage.tsx', namespaces: ['workshop', 'instrument'] },
  handin: { page: 'src/features/handin/HandInPage.tsx', namespaces: ['handin'] },
  plan: { page: 'src/features/planner/PlanPage.tsx', namespaces: ['planner', 'results', 'instrument', 'questions', 'recommendations'] },
} as const satisfies Record<string, { page: string; namespaces: readonly string[] }>;

export type RouteSegment = keyof typeof ROUTE_NEEDS;

/**
 * Where the app leaves a copy of the interface language for the early preload in index.html,
 * which runs before the app and must not parse the whole saved state to learn it.
 */
export const LANGUAGE_HINT_KEY = 'chuhai:language-hint';
