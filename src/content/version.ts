/** Version of the questionnaire, stored with every assessment and printed on reports. Bump on any change to questions, options or weights, and add a revision (src/content/instrument/revisions.ts). */
export const INSTRUMENT_VERSION = '2026.2';
