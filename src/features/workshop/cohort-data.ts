import type { Cohort } from '@/domain/cohort/aggregate-cohort';
import type { FirmFigures } from '@/domain/cohort/firm-figures';
import type { StoredCohort } from '@/lib/cohort-storage/stored-cohort';

/** A cohort with everything its views show: the stored record, each firm's figures, the aggregate, the labels. */
export interface CohortData {
  cohort: StoredCohort;
  /** In member (import) order. */
  figures: FirmFigures[];
  aggregate: Cohort;
  /** Display label per assessment id: a letter, or the name when names are shown. */
  labels: Map<string, string>;
}
