import type { i18n as I18n } from 'i18next';
import type { ActionChange } from '@/domain/planner/action-change';
import type { Roadmap } from '@/domain/planner/roadmap';
import type { Recommendation, RecommendTarget } from '@/domain/recommendations/recommendation-types';
import { formatList, formatNumber } from '@/lib/format';
import { looseT } from '@/lib/i18n/loose-t';

/**
 * What an action changes, in words, from the engine's re-scoring (never written by hand): the rung it
 * reaches, the conditions it meets, the points it adds to each axis; otherwise the area whose gap it
 * narrows, or the risk it lowers where no answer measures it.
 */
export function changeLines(i18n: I18n, rec: Recommendation, change: ActionChange, areaName: string, lng: string = i18n.language): string[] {
  const t = looseT(i18n, lng, 'results');
  const ti = looseT(i18n, lng, 'instrument');
  const lines: string[] = [];
  if (change.rung) lines.push(t('change.reaches', { rung: ti(`rungs.${change.rung}.name`) }));
  for (const g of change.opens) lines.push(t('change.opens', { condition: ti(`gates.${g.id}.title`), rung: ti(`rungs.${g.rung}.name`) }));
  for (const axis of ['T', 'R'] as const) {
    if (change[axis] > 0) lines.push(t('change.axis', { points: formatNumber(lng, change[axis], 1), axis: ti(`axes.${axis}.name`) }));
  }
  if (lines.length === 0) lines.push(rec.effect.length === 0 ? t('change.risk') : t('change.narrows', { area: areaName }));
  return lines;
}

/** A target in words: "brand export", "rule export", or both. */
export function targetName(i18n: I18n, target: RecommendTarget, lng: string = i18n.language): string {
  const t = looseT(i18n, lng, 'results');
  const ti = looseT(i18n, lng, 'instrument');
  const parts: string[] = [];
  if (target.rung) parts.push(t('verify.rung', { rung: ti(`rungs.${target.rung}.name`) }));
  if (target.model) parts.push(t('verify.model', { model: ti(`axes.${target.model === 'rule_export' ? 'T' : 'R'}.name`) }));
  return parts.join(t('verify.and'));
}

/**
 * Whether a plan reaches its target, as the engine found on re-scoring: "these N actions reach …", or
 * what is still missing (conditions, and points on an axis with the answers that have most room).
 */
export function verificationText(
  i18n: I18n,
  target: RecommendTarget,
  reached: boolean,
  count: number,
  missing: Roadmap['missing'] | null,
  questionText: (id: string) => string,
  lng: string = i18n.language,
): string {
  const t = looseT(i18n, lng, 'results');
  const ti = looseT(i18n, lng, 'instrument');
  const name = targetName(i18n, target, lng);
  if (reached) return t('verify.reached', { count, target: name });
  const parts: string[] = [];
  if (missing?.gates.length) parts.push(t('verify.conditions', { conditions: formatList(lng, missing.gates.map((g) => `“${ti(`gates.${g}.title`)}”`)) }));
  if (missing?.axis) {
    const a = missing.axis;
    parts.push(
      t('verify.axis', {
        axis: ti(`axes.${a.axis}.name`),
        value: formatNumber(lng, a.value, 1),
        needed: formatNumber(lng, a.needed),
        answers: formatList(lng, a.headroom.map((h) => questionText(h.questionId))),
      }),
    );
  }
  return t('verify.notReached', { target: name, missing: parts.join(lng.startsWith('zh') ? '' : ' ') });
}
