// The file format's names and version, apart from its schemas: code that only names a format (the set-aside
// files, the stored state) needs no validation library on the first screens.

/**
 * Version of the file format itself (not of the questionnaire). Bump it, and add a migration step, on
 * any change to the shape. 2: assessments may carry upgrade notes (questionnaire 2026.2). 3: and
 * scenarios (the planner's what-if plans).
 */
export const FORMAT_VERSION = 3;
export const ASSESSMENT_FORMAT = 'chuhai-assessment';
export const BUNDLE_FORMAT = 'chuhai-bundle';
