// What the workshop benchmark loads: the instrument and rules, the cohort domain, the file generator
// and the browser-test harness (preview server, Chromium launcher).
export { instrument } from '@/content/instrument';
export { RULES } from '@/content/recommendations';
export { buildCohort, aggregateCohort } from '@/domain/cohort/aggregate-cohort';
export { firmFigures } from '@/domain/cohort/firm-figures';
export { generateResultFiles, validAnswersArbitrary } from '../e2e/workshop-files';
export { startPreviewServer } from '../e2e/harness/preview-server';
export { launchChromium } from '../e2e/harness/chromium';
export { default as fc } from 'fast-check';
