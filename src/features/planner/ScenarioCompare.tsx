import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '@/components/ui/TableScroll';
import type { Assessment, Scenario } from '@/domain/assessment/assessment';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { formatNumber } from '@/lib/format';
import { looseT } from '@/lib/i18n/loose-t';
import { targetName } from '@/lib/i18n/plan-text';
import { scenarioOutcome } from './use-plan';

// Words that never change with the plan, rendered once per language.
const CompareHeading = memo(function CompareHeading() {
  const { t } = useTranslation('planner');
  return (
    <>
      <h2 id="plan-compare">{t('compare.title')}</h2>
      <p>{t('compare.intro')}</p>
    </>
  );
});

const CompareColumns = memo(function CompareColumns() {
  const { t } = useTranslation('planner');
  return (
    <thead>
      <tr>
        <th scope="col">{t('compare.scenario')}</th>
        <th scope="col">{t('compare.rung')}</th>
        <th scope="col" className="num">{t('compare.T')}</th>
        <th scope="col" className="num">{t('compare.R')}</th>
        <th scope="col" className="num">{t('compare.actions')}</th>
        <th scope="col">{t('compare.target')}</th>
      </tr>
    </thead>
  );
});

/** Today beside every saved scenario, each re-scored: rung, both axes, actions, and whether its target is met. */
export function ScenarioCompare({ assessment, today, scenarios }: { assessment: Assessment; today: ScoreResult; scenarios: Scenario[] }) {
  const { t, i18n } = useTranslation(['planner', 'instrument']);
  const ti = looseT(i18n, i18n.language, 'instrument');
  const lng = i18n.language;
  const rows = useMemo(() => scenarios.map((s) => ({ s, o: scenarioOutcome(assessment.answers, today, s) })), [scenarios, assessment.answers, today]);
  return (
    <section className="card" aria-labelledby="plan-compare">
      <CompareHeading />
      <TableScroll label={t('planner:compare.table')}>
        <table className="data-table">
          <CompareColumns />
          <tbody>
            <tr>
              <th scope="row">{t('planner:outcome.today')}</th>
              <td>{ti(`rungs.${today.ladder.rung}.name`)}</td>
              <td className="num">{formatNumber(lng, today.model.T.value, 1)}</td>
              <td className="num">{formatNumber(lng, today.model.R.value, 1)}</td>
              <td className="num">0</td>
              <td>{t('planner:compare.noTarget')}</td>
            </tr>
            {rows.map(({ s, o }) => (
              <tr key={s.id} data-scenario={s.id}>
                <th scope="row">
                  <span className="user-text" dir="auto">
                    {s.name}
                  </span>
                </th>
                <td>{ti(`rungs.${o.result.ladder.rung}.name`)}</td>
                <td className="num">{formatNumber(lng, o.result.model.T.value, 1)}</td>
                <td className="num">{formatNumber(lng, o.result.model.R.value, 1)}</td>
                <td className="num">{formatNumber(lng, s.actions.length)}</td>
                <td>{s.target && o.reached !== null ? `${targetName(i18n, s.target)}: ${o.reached ? t('planner:compare.reached') : t('planner:compare.notReached')}` : t('planner:compare.noTarget')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
