// What the engine benchmark loads: the instrument, the engine and the random answer generator.
export { instrument } from '@/content/instrument';
export { scoreAssessment } from '@/domain/scoring/score-assessment';
export { answersArbitrary } from '../fixtures/answer-arbitraries';
export { default as fc } from 'fast-check';
export { recommend } from '@/domain/recommendations/recommend';
export { RULES } from '@/content/recommendations';
