/** Version of the questionnaire, stored with every assessment and printed on reports. Bump on any change to questions, options or weights. */
export const INSTRUMENT_VERSION = '2026.1';
