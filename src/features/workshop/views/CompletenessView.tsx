import { instrument } from '@/content/instrument';
import { formatNumber, formatPercent } from '@/lib/format';
import { useBilingual } from '../bilingual';
import type { CohortData } from '../cohort-data';
import { BoxPlot } from './BoxPlot';
import { SpreadTable } from './SpreadTable';
import { Tile, ViewSection } from './ViewSection';

/** How complete the room's answers are: mean share answered, provisional results (listed), "don't know". */
export function CompletenessView({ data }: { data: CohortData }) {
  const { bi, t, lng } = useBilingual();
  const { completeness: c, count } = data.aggregate;
  const spread = c.answeredShare && {
    ...c.answeredShare,
    mean: c.answeredShare.mean * 100,
    min: c.answeredShare.min * 100,
    q1: c.answeredShare.q1 * 100,
    median: c.answeredShare.median * 100,
    q3: c.answeredShare.q3 * 100,
    max: c.answeredShare.max * 100,
  };
  const pct = (x: number) => formatPercent(lng, x / 100);
  const row = { key: 'answered', label: bi('workshop:views.completeness.area'), spread };
  const list = new Intl.ListFormat(lng, { type: 'conjunction' }).format(c.provisionalIds.map((id) => data.labels.get(id) ?? ''));
  return (
    <ViewSection view="completeness">
      <dl className="tiles">
        <Tile label={bi('workshop:views.completeness.mean')} value={formatPercent(lng, c.answeredShare?.mean ?? 0)} />
        <Tile label={bi('workshop:views.completeness.provisional')} value={formatNumber(lng, c.provisional)} note={t('workshop:views.overview.ofFirms', { count: c.provisional, total: count })} />
        <Tile label={bi('workshop:views.completeness.withOpen')} value={formatNumber(lng, c.withOpen)} note={t('workshop:views.overview.ofFirms', { count: c.withOpen, total: count })} />
        <Tile label={bi('workshop:views.completeness.dontKnow')} value={formatNumber(lng, c.dontKnow)} />
      </dl>
      <BoxPlot rows={[{ ...row, value: spread ? pct(spread.mean) : '–' }]} summary={t('workshop:views.completeness.chart')} />
      <SpreadTable label={t('workshop:views.completeness.caption')} rows={[row]} caption={bi('workshop:views.completeness.caption')} area={bi('workshop:views.completeness.measure')} format={pct} testId="completeness-table" />
      {c.provisional > 0 && (
        <p dir="auto">{t('workshop:views.completeness.provisionalList', { threshold: formatPercent(lng, instrument.minAnsweredShare), firms: list })}</p>
      )}
    </ViewSection>
  );
}
