import type { EvalState } from './compile-predicate';
import type { CompiledRule } from './rule-index';

/** The gap 0–1 of a rule (see gapSchema). */
export function measureGap(rule: CompiledRule, s: EvalState): number {
  const gap = rule.rule.gap;
  if ('fixed' in gap) return gap.fixed;
  if ('dimension' in gap) return clamp01((100 - (s.dimensions[gap.dimension] ?? 0)) / 100);
  if ('axis' in gap) return clamp01((100 - (s.axes[gap.axis] ?? 0)) / 100);
  if ('gates' in gap) return gap.gates.filter((g) => s.gates.get(g) !== true).length / gap.gates.length;
  let total = 0;
  let n = 0;
  for (const { at, reader, notApplicable } of rule.gapQuestions) {
    const shown = s.shown[at] === true;
    // Mirrors the dimension profile: a question hidden by the profile, or a follow-up hidden with its parent, does not apply.
    if (!shown && notApplicable) continue;
    total += shown ? reader.credit(s.values[at], s.values) : 0;
    n++;
  }
  return n === 0 ? 0 : clamp01(1 - total / n);
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
