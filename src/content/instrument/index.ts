import type { Instrument } from '@/domain/instrument/instrument-schema';
import { INSTRUMENT_VERSION } from '../version';
import { chainQuestions } from './chain';
import { governanceQuestions } from './governance';
import { axes, gates } from './ladder-and-axes';
import { marketQuestions } from './market';
import { profileQuestions } from './profile';
import { revisions } from './revisions';
import { technologyQuestions } from './technology';

/** The Chuhai instrument: every question, gate and axis as data. Display text is in locales/<lng>/instrument.json. */
export const instrument: Instrument = {
  version: INSTRUMENT_VERSION,
  questions: [...profileQuestions, ...technologyQuestions, ...marketQuestions, ...chainQuestions, ...governanceQuestions],
  gates,
  axes,
  strongAxis: 50,
  balancedLean: 0.1,
  minAnsweredShare: 0.6,
  revisions,
};
