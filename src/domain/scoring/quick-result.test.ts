import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import type { Answers } from '../assessment/assessment';
import { answersFromValues, DONT_KNOW } from '../assessment/answers-from-values';
import { instrumentSchema } from '../instrument/instrument-schema';
import { answersArbitrary, answerFor, validValue } from '../../../test/fixtures/answer-arbitraries';
import { indexInstrument } from './instrument-index';
import { provisionalResult, quickQuestionIds } from './quick-result';
import { scoreAssessment } from './score-assessment';
import { visibleQuestions } from './visibility';

const index = indexInstrument(instrument);
const quickIds = quickQuestionIds(instrument);
const quick = (values: Parameters<typeof answersFromValues>[0]) => provisionalResult(instrument, answersFromValues(values));
const gateIds = (r: ReturnType<typeof provisionalResult>) => r.missing.gates.map((g) => g.id);

/** Random answers to the quick questions only: what the quick path can leave behind. */
const quickAnswers = fc
  .tuple(...quickIds.map((id) => answerFor(index.byId.get(id)!).map((a) => [id, a] as const)))
  .map((pairs) => Object.fromEntries(pairs.filter(([, a]) => a)) as Answers);

/** Every question of the instrument answered with a valid value (nothing open, nothing "don't know"). */
const fullAnswers = fc
  .tuple(...instrument.questions.map((q) => validValue(q).map((value) => [q.id, { value, updatedAt: 0 }] as const)))
  .map((pairs) => Object.fromEntries(pairs) as Answers);

/** An exporter selling under buyers' brands, answering the quick path only. */
const OEM = {
  'profile.export_status': 'regular',
  'profile.sales_model': 'b2b',
  'rd.patents_abroad': 'none',
  'rd.licensing_out': 'none',
  'std.contributions': 'none',
  'brand.own_share': 5,
  'brand.channels': ['none'],
  'brand.marketing': 'trade_fairs_only',
  'cap.acquisitions': 'none',
  'sup.resources': 'none',
  'comp.programme': 'case_by_case',
  'tal.overseas_experience': 'none',
};

/** A brand exporter that passes every brand gate and the two integrated gates the quick path reads. */
const BRAND = {
  ...OEM,
  'profile.sales_model': 'b2c',
  'rd.patents_abroad': 'granted_few',
  'brand.own_share': 60,
  'brand.channels': ['ecommerce_store', 'overseas_warehouse'],
  'brand.marketing': 'localised',
  'comp.programme': 'documented',
  'tal.overseas_experience': 'one',
};

describe('the quick path', () => {
  it('asks about twelve questions, each one in the instrument', () => {
    expect(quickIds.length).toBeGreaterThanOrEqual(10);
    expect(quickIds.length, 'five minutes: at most 13 questions').toBeLessThanOrEqual(13);
    for (const id of quickIds) expect(index.byId.has(id), id).toBe(true);
    expect(new Set(quickIds).size).toBe(quickIds.length);
  });

  it('shows every quick question before anything is answered, and whatever the quick answers are', () => {
    const none = visibleQuestions(index, {});
    for (const id of quickIds) expect(none.has(id), `${id} is shown to a new assessment`).toBe(true);
    fc.assert(
      fc.property(quickAnswers, (answers) => {
        const shown = visibleQuestions(index, answers);
        return quickIds.every((id) => shown.has(id));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the provisional result', () => {
  it('is the engine’s own result on the same answers (rung, axes, quadrant, everything)', () => {
    fc.assert(
      fc.property(answersArbitrary(instrument), (answers) => {
        const p = provisionalResult(instrument, answers);
        const engine = scoreAssessment(instrument, answers);
        expect(p.result).toEqual(engine);
        expect(p.rung).toBe(engine.ladder.rung);
        expect(p.model).toEqual({ T: engine.model.T.value, R: engine.model.R.value, quadrant: engine.model.quadrant, leaning: engine.model.leaning });
      }),
      { numRuns: 200 },
    );
  });

  it('has nothing missing and is no longer provisional once the whole questionnaire is answered', () => {
    fc.assert(
      fc.property(fullAnswers, (answers) => {
        const p = provisionalResult(instrument, answers);
        expect(p.missing).toEqual({ gates: [], axes: [] });
        expect(p.provisional).toBe(false);
        expect(p.rungSettled).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('settles an OEM exporter at product export on the quick answers, and says what the top rung and the axes still need', () => {
    const p = quick(OEM);
    expect(p.quick).toEqual({ ids: quickIds, answered: quickIds.length, open: [] });
    expect(p.rung).toBe('product');
    expect(p.rungSettled, 'the own-brand gate fails on the answer given').toBe(true);
    expect(p.provisional).toBe(true);
    // Compliance and management fail on the quick answers; local operations and the axes are still open.
    expect(gateIds(p)).toEqual(['local_operations', 'rules_or_chain']);
    expect(p.missing.gates[0]!.questions).toEqual(['loc.production', 'loc.service', 'loc.local_managers']);
    expect(p.missing.gates[1]!.axes).toEqual(['T', 'R']);
    const T = p.missing.axes.find((a) => a.axis === 'T')!;
    expect(T.value).toBe(0);
    expect(T.upper, 'the 0.55 of T the quick path does not ask').toBeCloseTo(55, 9);
    expect(T.questions).toEqual(['rd.intensity', 'rd.core_tech', 'rd.overseas_rd', 'std.bodies', 'std.lead']);
  });

  it('leaves a brand exporter’s next rung open, naming every gate of it that rests on unanswered questions', () => {
    const p = quick(BRAND);
    expect(p.rung).toBe('brand');
    expect(p.rungSettled, 'no integrated gate has failed yet').toBe(false);
    expect(gateIds(p)).toEqual(['local_operations', 'rules_or_chain', 'compliance_risk', 'international_management']);
    expect(p.missing.gates.find((g) => g.id === 'compliance_risk')!.questions).toEqual(['comp.country_risk']);
    // Shown only to a firm with an operation abroad, which the open localisation answers may yet reveal.
    expect(p.missing.gates.find((g) => g.id === 'international_management')!.questions).toEqual(['tal.decision_rights']);
    expect(p.model.T).toBeCloseTo(7.5, 9);
  });

  it('keeps a B2B firm’s own-channel gate open until it says it sells to businesses', () => {
    const direct = { ...BRAND, 'brand.channels': ['direct_accounts'] };
    const { 'profile.sales_model': _, ...withoutModel } = { ...direct };
    const open = quick(withoutModel);
    expect(open.rung).toBe('product');
    expect(open.rungSettled).toBe(false);
    expect(open.missing.gates.find((g) => g.id === 'own_channels')?.questions).toEqual(['profile.sales_model']);
    expect(quick({ ...direct, 'profile.sales_model': 'b2b' }).rung).toBe('brand');
  });

  it('treats “don’t know” as missing, never as a “no”', () => {
    const p = quick({ ...BRAND, 'brand.marketing': DONT_KNOW });
    expect(p.rung).toBe('product');
    expect(p.rungSettled).toBe(false);
    expect(p.missing.gates.find((g) => g.id === 'localised_marketing')?.questions).toEqual(['brand.marketing']);
    expect(p.quick.open).toEqual(['brand.marketing']);
  });
});

describe('the instrument schema', () => {
  it('refuses a quick question that only a question off the quick path could show', () => {
    const questions = instrument.questions.map((q) => (q.id === 'loc.local_managers' ? { ...q, quick: true } : q));
    const r = instrumentSchema.safeParse({ ...instrument, questions });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/quick question may be shown or hidden only by other quick questions/);
    expect(instrumentSchema.safeParse(instrument).success).toBe(true);
  });
});
