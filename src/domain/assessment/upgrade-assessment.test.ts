import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { ASSESSMENT_2026_1 } from '../../../test/fixtures/assessment-2026-1';
import { isAllowedValue } from '../exchange/check-answer-values';
import type { Answer, Answers, Assessment } from './assessment';
import { findInvalidEarlierAnswer, upgradeAssessment } from './upgrade-assessment';
import { openUpgrade } from './upgrade-status';

const AT = Date.UTC(2026, 11, 4);
const revision = instrument.revisions.find((r) => r.from === '2026.1')!;
const byId = new Map(instrument.questions.map((q) => [q.id, q]));

/** Where each earlier answer ended up: carried into a question, waiting in review, or kept aside. */
function whereIs(upgraded: Assessment, oldId: string, old: Answer): string[] {
  const note = upgraded.upgrades!.at(-1)!;
  const places: string[] = [];
  const targets = revision.carry[oldId]?.map((c) => c.to) ?? [oldId];
  for (const t of targets) if (upgraded.answers[t]) places.push(`answer ${t}`);
  for (const r of note.review) if (r.from === oldId) places.push(`review ${r.questionId}`);
  if (note.retired[oldId]) places.push('retired');
  // The earlier answer itself is kept verbatim wherever it could not go as it was.
  for (const r of [...note.review, ...note.check]) if (r.from === oldId) expect(r.previous).toEqual(old);
  return places;
}

describe('upgradeAssessment (questionnaire 2026.1 → 2026.2)', () => {
  const upgraded = upgradeAssessment(ASSESSMENT_2026_1, instrument, AT);

  it('moves an assessment with every 2026.1 question answered to 2026.2 and loses no answer', () => {
    expect(upgraded.instrumentVersion).toBe(instrument.version);
    expect(Object.keys(ASSESSMENT_2026_1.answers)).toHaveLength(revision.previousQuestions.length);
    for (const [id, old] of Object.entries(ASSESSMENT_2026_1.answers)) {
      expect(whereIs(upgraded, id, old).length, `${id} must end up somewhere`).toBeGreaterThan(0);
    }
    // Every carried answer is one the 2026.2 questionnaire itself could have saved.
    for (const [id, a] of Object.entries(upgraded.answers)) expect(isAllowedValue(byId.get(id)!, a.value), id).toBe(true);
    expect(upgraded.name).toBe(ASSESSMENT_2026_1.name);
    expect(upgraded.updatedAt, 'an upgrade is not an edit').toBe(ASSESSMENT_2026_1.updatedAt);
  });

  it('maps old options onto new ones where the meaning is the same, keeping times and notes', () => {
    expect(upgraded.answers['cap.credit_insurance']?.value).toBe('all_credit_sales');
    expect(upgraded.answers['rd.licensing_out']?.value).toBe('several_licences');
    expect(upgraded.answers['tal.decision_rights']?.value).toEqual(['operations', 'hiring', 'prices']);
    expect(upgraded.answers['comp.country_risk']?.value).toBe('written_yearly');
    expect(upgraded.answers['rd.intensity']).toEqual(ASSESSMENT_2026_1.answers['rd.intensity']);
    expect(upgraded.answers['tal.foreign_managers'], 'a "don’t know" stays a "don’t know"').toEqual({ dontKnow: true, updatedAt: Date.UTC(2026, 2, 4) });
  });

  it('asks again where an old answer cannot be placed, showing it beside the new question', () => {
    const note = upgraded.upgrades!.at(-1)!;
    const review = Object.fromEntries(note.review.map((r) => [r.questionId, r.from]));
    expect(review).toMatchObject({
      'profile.employees': 'profile.employees', // "fewer than 50" straddles the new 20-staff boundary
      'profile.revenue': 'profile.revenue', // "200 million to 2 billion" straddles the 400-million SME ceiling
      'sup.resources': 'sup.upstream', // "own resources or key-component production": which one?
      'sup.components': 'sup.upstream',
    });
    expect(upgraded.answers['profile.employees'], 'no guess is stored').toBeUndefined();
    expect(note.review.find((r) => r.questionId === 'sup.resources')?.previous.note).toBe('Own wire-rod mill since 2019.');
  });

  it('asks the user to check answers carried into reworded questions, and lists what is new', () => {
    const note = upgraded.upgrades!.at(-1)!;
    expect(note.check.map((c) => c.questionId).sort()).toEqual(
      ['brand.own_share', 'comp.country_risk', 'std.product_passport', 'sup.countries', 'tal.decision_rights'].sort(),
    );
    expect(note.added).toEqual(expect.arrayContaining(['profile.sales_model', 'profile.us_share', 'cap.greenfield', 'profile.public_services', 'loc.relocation_motive']));
    expect(note.added, 'a question fed by an earlier answer is not new').not.toContain('sup.resources');
    expect(note).toMatchObject({ from: '2026.1', to: instrument.version, at: AT, done: [] });
  });

  it('does nothing to an assessment that is current, or of a version it cannot trace', () => {
    expect(upgradeAssessment(upgraded, instrument, AT + 1)).toBe(upgraded);
    const odd = { ...ASSESSMENT_2026_1, instrumentVersion: '2025.9' };
    expect(upgradeAssessment(odd, instrument, AT)).toBe(odd);
  });

  it('never drops or invents an answer, whatever 2026.1 answers it is given (property)', () => {
    const old = fc.dictionary(
      fc.constantFrom(...revision.previousQuestions),
      fc.oneof(
        fc.record({ value: fc.oneof(fc.string({ maxLength: 12 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), fc.double({ noNaN: true })), updatedAt: fc.nat() }),
        fc.record({ dontKnow: fc.constant(true), updatedAt: fc.nat() }),
      ),
    );
    fc.assert(
      fc.property(old, (answers) => {
        const a: Assessment = { ...ASSESSMENT_2026_1, answers: answers as Answers, upgrades: undefined };
        const up = upgradeAssessment(a, instrument, AT);
        for (const [id, value] of Object.entries(answers)) expect(whereIs(up, id, value as Answer).length, id).toBeGreaterThan(0);
        for (const [id, v] of Object.entries(up.answers)) expect(isAllowedValue(byId.get(id)!, v.value), id).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('findInvalidEarlierAnswer (files from 2026.1)', () => {
  it('accepts every answer a 2026.1 questionnaire could have saved', () => {
    expect(findInvalidEarlierAnswer(ASSESSMENT_2026_1.answers, instrument, '2026.1')).toBeNull();
  });

  it('names a question 2026.1 did not ask, and a value it could not hold', () => {
    expect(findInvalidEarlierAnswer({ 'cap.greenfield': { value: 'one', updatedAt: 0 } }, instrument, '2026.1')).toEqual({ questionId: 'cap.greenfield', unknown: true });
    expect(findInvalidEarlierAnswer({ 'sup.upstream': { value: 'lots', updatedAt: 0 } }, instrument, '2026.1')).toEqual({ questionId: 'sup.upstream', unknown: false });
    expect(findInvalidEarlierAnswer({ 'rd.intensity': { value: 150, updatedAt: 0 } }, instrument, '2026.1')).toEqual({ questionId: 'rd.intensity', unknown: false });
  });
});

describe('openUpgrade', () => {
  const upgraded = upgradeAssessment(ASSESSMENT_2026_1, instrument, AT);
  const visibleAll = new Set(instrument.questions.map((q) => q.id));

  it('lists what to answer again, check or answer first, among the questions shown', () => {
    const open = openUpgrade(upgraded, visibleAll)!;
    expect(open.review.map((r) => r.questionId)).toContain('profile.employees');
    expect(open.check.map((c) => c.questionId)).toContain('comp.country_risk');
    expect(open.added).toContain('profile.sales_model');
    const hidden = openUpgrade(upgraded, new Set([...visibleAll].filter((id) => id !== 'profile.sales_model')))!;
    expect(hidden.added, 'a question not shown is not asked for').not.toContain('profile.sales_model');
  });

  it('settles an item once its question is answered after the upgrade, or its carried answer is kept', () => {
    const answered: Assessment = {
      ...upgraded,
      answers: { ...upgraded.answers, 'profile.employees': { value: 'lt20', updatedAt: AT + 5 } },
      upgrades: upgraded.upgrades!.map((u) => ({ ...u, done: ['comp.country_risk'] })),
    };
    const open = openUpgrade(answered, visibleAll)!;
    expect(open.review.map((r) => r.questionId)).not.toContain('profile.employees');
    expect(open.check.map((c) => c.questionId)).not.toContain('comp.country_risk');
    expect(openUpgrade({ ...ASSESSMENT_2026_1, upgrades: [] }, visibleAll), 'no upgrade, nothing open').toBeNull();
  });
});
