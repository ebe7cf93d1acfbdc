import { RUNGS } from '@/domain/instrument/vocabulary';
import { formatNumber, formatPercent } from '@/lib/format';
import { useBilingual } from '../bilingual';
import type { CohortData } from '../cohort-data';
import { Tile, ViewSection } from './ViewSection';

/** Key figures of the room: firms, the most common rung, mean T and R, CBAM exposure, answers given. */
export function OverviewView({ data }: { data: CohortData }) {
  const { bi, t, lng } = useBilingual();
  const c = data.aggregate;
  // Ties go to the higher rung: the room is described by what it has reached.
  const common = [...c.ladder].sort((a, b) => b.total - a.total || RUNGS.indexOf(b.rung) - RUNGS.indexOf(a.rung))[0]!;
  const mean = (x: number | undefined) => (x === undefined ? '–' : formatNumber(lng, x, 1));
  const of = (count: number) => t('workshop:views.overview.ofFirms', { count, total: c.count });
  return (
    <ViewSection view="overview">
      <dl className="tiles">
        <Tile label={bi('workshop:views.overview.firms')} value={formatNumber(lng, c.count)} />
        <Tile label={bi('workshop:views.overview.commonRung')} value={bi(`instrument:rungs.${common.rung}.name`)} note={of(common.total)} size="medium" />
        <Tile label={bi('workshop:views.overview.meanT')} value={mean(c.axes.T?.mean)} />
        <Tile label={bi('workshop:views.overview.meanR')} value={mean(c.axes.R?.mean)} />
        <Tile label={bi('workshop:views.overview.cbam')} value={formatNumber(lng, c.cbam.exposed)} note={of(c.cbam.exposed)} />
        <Tile label={bi('workshop:views.overview.answered')} value={formatPercent(lng, c.completeness.answeredShare?.mean ?? 0)} />
      </dl>
    </ViewSection>
  );
}
