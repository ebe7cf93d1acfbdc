/** What advises: below the fold of the results, in the report, compare and the workshop. */
const ADVICE_MODULES = /[\\/]src[\\/](domain[\\/](recommendations|cbam)|content[\\/](recommendations|reference-firms)|lib[\\/]reference-results)/;
/** What scores an assessment, and the invented example firm the results page can show. */
const SCORING_MODULES = /[\\/]src[\\/](domain[\\/](scoring|instrument|assessment)|content[\\/](instrument|version|example-firm))/;
/**
 * The validation library and what defines schemas with it: needed to check saved data, imported
 * files and questionnaire input, never to show a result, so it stays out of the engine.
 */
const VALIDATION_MODULES = /[\\/](node_modules[\\/]zod[\\/]|src[\\/](domain[\\/](assessment[\\/]assessment|instrument[\\/][\w-]+-schema)\.ts|lib[\\/](store[\\/]persisted-state-schema\.ts|cohort-storage[\\/])))/;
/** Small helpers several screens share; the chart library stays apart, fetched only when a chart is shown. */
const isSharedHelper = (id: string) =>
  /[\\/]src[\\/](lib|components)[\\/]/.test(id) && !/[\\/](charts[\\/]|shell-text\.)/.test(id) && !ADVICE_MODULES.test(id) && !VALIDATION_MODULES.test(id);

/**
 * A few larger chunks instead of dozens of small ones. Over HTTP/1.1 a browser opens six connections
 * per site, and on a slow mobile network every further file costs a round trip and takes a share of
 * the bandwidth from the app's bundle: the first screen was eleven files, the results screen eleven
 * more. Now the first screen is one chunk (plus the entry stub and the bundler's runtime), and a
 * result screen adds its page and the engine (scoring, the example firm and the shared helpers, in
 * one file as every screen past the first needs them together); what advises (recommendations,
 * CBAM, reference firms) comes after the first paint.
 */
export const CHUNK_GROUPS = [
  // Everything the first screen runs. The entry module itself stays out, or no chunk would be the entry.
  { name: 'app', tags: ['$initial' as const], test: (id: string) => !/[\\/](index\.html|main\.tsx)$/.test(id) },
  { name: 'engine', test: (id: string) => (SCORING_MODULES.test(id) && !VALIDATION_MODULES.test(id)) || isSharedHelper(id) },
  { name: 'advice', test: ADVICE_MODULES },
  { name: 'validation', test: VALIDATION_MODULES },
];
