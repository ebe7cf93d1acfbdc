import { cohortLabel } from '@/domain/cohort/cohort-labels';
import type { CohortMember } from '@/domain/cohort/cohort-members';
import { clipLabel } from '@/lib/user-text';

/**
 * How each firm (by assessment id) is shown: its letter (A, B, C…) while the cohort is anonymised;
 * its name when the facilitator shows names (the letter when it has none). Names come from other
 * people's files, so they are shortened and always rendered as text.
 */
export function memberLabels(members: readonly CohortMember[], showNames: boolean): Map<string, string> {
  return new Map(
    members.map((m) => {
      const name = m.assessment.name.trim();
      return [m.assessment.id, showNames && name ? clipLabel(name, 80) : cohortLabel(m.seq)];
    }),
  );
}
