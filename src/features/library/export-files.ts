import type { Assessment } from '@/domain/assessment/assessment';
import { buildAssessmentFile, buildBundleFile, serializeExchangeFile } from '@/domain/exchange/build-exchange-file';
import { assessmentFileName, bundleFileName } from '@/domain/exchange/exchange-file-name';
import { downloadText } from '@/lib/download';

/** Downloads one assessment as a versioned JSON file and returns the file name. */
export function exportAssessment(a: Assessment, now = Date.now()): string {
  const fileName = assessmentFileName(a, now);
  downloadText(fileName, serializeExchangeFile(buildAssessmentFile(a, now)));
  return fileName;
}

/** Downloads many assessments as one bundle file and returns the file name. */
export function exportBundle(list: readonly Assessment[], now = Date.now()): string {
  const fileName = bundleFileName(list.length, now);
  downloadText(fileName, serializeExchangeFile(buildBundleFile(list, now)));
  return fileName;
}
