import type { Instrument } from '@/domain/instrument/instrument-schema';
import { INSTRUMENT_VERSION } from '../version';
import { chainQuestions } from './chain';
import { governanceQuestions } from './governance';
import { axes, gates } from './ladder-and-axes';
import { marketQuestions } from './market';
import { profileQuestions } from './profile';
import { revisions } from './revisions';
import { technologyQuestions } from './technology';

/*
 * The quick path (questions flagged `quick`, asked in this order; a comment beside each flag says why):
 *   profile.export_status, profile.sales_model — the profile facts the gates below depend on (the product
 *     gate itself; a B2B firm's own channel may be its direct key accounts);
 *   brand.own_share, brand.channels, brand.marketing — every question of the brand-export gates, so the
 *     product and brand rungs are decided by the quick answers alone;
 *   comp.programme, tal.overseas_experience — one question from each of two integrated gates that most
 *     firms fail (no written compliance rules; no senior manager with years abroad), each settling on its own
 *     that the top rung is not yet reached. The top rung can never be confirmed in twelve questions: its
 *     four gates read eight questions and both axes;
 *   rd.patents_abroad, rd.licensing_out, std.contributions — 0.45 of T, the path R&D → licensing → standards;
 *   cap.acquisitions, sup.resources — 0.40 of R, the two ends of M&A → vertical integration → resource control.
 * None has a condition, so each is shown whatever else is answered; the rest is asked by the full questionnaire.
 */

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
