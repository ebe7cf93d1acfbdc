import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment/assessment';
import { openUpgrade } from '@/domain/assessment/upgrade-status';
import { href } from '@/lib/router/hash-route';

/** Says that the assessment moved to a newer questionnaire and what is left to answer or check there. */
export function UpgradeNotice({ assessment, visible }: { assessment: Assessment; visible: readonly string[] }) {
  const { t } = useTranslation('results');
  const open = useMemo(() => openUpgrade(assessment, new Set(visible)), [assessment, visible]);
  const count = open ? open.review.length + open.check.length + open.added.length : 0;
  if (!open || count === 0) return null;
  return (
    <p className="notice" data-testid="upgrade-notice">
      {t('upgrade.notice', { count, version: open.to })} <a href={href(['assess', assessment.id, 'review'])}>{t('upgrade.link')}</a>
    </p>
  );
}
