import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { instrument } from '@/content/instrument';
import { DIMENSIONS, RUNGS } from '@/domain/instrument/vocabulary';
import { formatNumber } from '@/lib/format';
import { useInstrumentText } from '@/lib/i18n/instrument-text';
import { looseT } from '@/lib/i18n/loose-t';
import type { Plan } from './use-plan';

const ModelMapChart = lazy(() => import('@/components/ui/charts/ModelMapChart'));

const signed = (lng: string, n: number) => (n > 0 ? `+${formatNumber(lng, n, 1)}` : n < 0 ? formatNumber(lng, n, 1) : '0');

/**
 * Today beside the plan, re-scored on every change: rung, each condition, the model map (chart and
 * table) and the profile. One polite live line says what changed for screen-reader users.
 */
export function PlanOutcome({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation(['planner', 'instrument']);
  const ti = looseT(i18n, i18n.language, 'instrument');
  const text = useInstrumentText();
  const lng = i18n.language;
  const { today } = plan;
  const after = plan.outcome.result;
  const nothing = plan.scenario.actions.length === 0 && Object.keys(plan.scenario.answers).length === 0;
  const passedToday = new Set(today.ladder.gates.filter((g) => g.passed).map((g) => g.id));
  const points = useMemo(
    () => [
      { label: t('planner:outcome.mapToday'), T: today.model.T.value, R: today.model.R.value, kind: 'reference' as const },
      { label: t('planner:outcome.mapPlanned'), T: after.model.T.value, R: after.model.R.value, kind: 'firm' as const },
    ],
    [t, today, after],
  );
  const axisLabels = useMemo(() => ({ T: ti('axes.T.long'), R: ti('axes.R.long') }), [ti]);
  const quadrants = useMemo(
    () => ({
      emerging: ti('quadrants.emerging.name'),
      rule_export: ti('quadrants.rule_export.name'),
      chain_integration: ti('quadrants.chain_integration.name'),
      convergent: ti('quadrants.convergent.name'),
    }),
    [ti],
  );
  const rung = (r: (typeof RUNGS)[number]) => ti(`rungs.${r}.name`);
  return (
    <>
    {/* On a phone the outcome sits below the list: a bar keeps the rung in view (the live line above is what is announced). */}
    <p className="plan-sticky" aria-hidden="true" data-rung={after.ladder.rung}>
      {t('planner:outcome.sticky', { rung: rung(after.ladder.rung), T: formatNumber(lng, after.model.T.value, 1), R: formatNumber(lng, after.model.R.value, 1) })}
    </p>
    <section className="card plan-outcome" aria-labelledby="plan-outcome">
      <h2 id="plan-outcome">{t('planner:outcome.title')}</h2>
      <p className="plan-live" aria-live="polite" data-rung={after.ladder.rung}>
        {t('planner:outcome.live', {
          rung: rung(after.ladder.rung),
          today: rung(today.ladder.rung),
          T: formatNumber(lng, after.model.T.value, 1),
          R: formatNumber(lng, after.model.R.value, 1),
        })}
      </p>
      {nothing && <p className="note">{t('planner:outcome.nothing')}</p>}
      <h3>{t('planner:outcome.ladder')}</h3>
      <ol className="plan-ladder">
        {RUNGS.slice(1).map((r) => {
          const i = RUNGS.indexOf(r);
          const now = i <= RUNGS.indexOf(today.ladder.rung);
          const planned = i <= RUNGS.indexOf(after.ladder.rung);
          return (
            <li key={r} className={`${now ? 'reached' : ''} ${planned && !now ? 'planned' : ''}`} data-state={now ? 'today' : planned ? 'planned' : 'open'}>
              <span>{rung(r)}</span>
              <span className="plan-ladder-state">{now ? t('planner:outcome.today') : planned ? t('planner:outcome.planned') : ''}</span>
            </li>
          );
        })}
      </ol>
      <table className="data-table plan-gates">
        <caption>{t('planner:outcome.conditions')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planner:outcome.conditions')}</th>
            <th scope="col">{t('planner:outcome.today')}</th>
            <th scope="col">{t('planner:outcome.planned')}</th>
          </tr>
        </thead>
        <tbody>
          {after.ladder.gates.map((g) => {
            const was = passedToday.has(g.id);
            return (
              <tr key={g.id} className={!was && g.passed ? 'opened' : undefined} data-gate={g.id}>
                <th scope="row">
                  {ti(`gates.${g.id}.title`)} <span className="note">{t('planner:outcome.rungNote', { rung: rung(g.rung) })}</span>
                </th>
                <td>{was ? '✓' : '✗'}</td>
                <td>{g.passed ? (was ? '✓' : `✓ ${t('planner:outcome.opened')}`) : '✗'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('planner:outcome.model')}</h3>
      <Suspense fallback={<div className="chart-box square placeholder" />}>
        <ModelMapChart points={points} axisLabels={axisLabels} quadrants={quadrants} strong={instrument.strongAxis} summary={t('planner:outcome.mapSummary')} />
      </Suspense>
      <table className="data-table plan-model">
        <caption>{t('planner:outcome.model')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planner:outcome.measure')}</th>
            <th scope="col" className="num">{t('planner:outcome.today')}</th>
            <th scope="col" className="num">{t('planner:outcome.planned')}</th>
            <th scope="col" className="num">{t('planner:outcome.change')}</th>
          </tr>
        </thead>
        <tbody>
          {(['T', 'R'] as const).map((a) => (
            <tr key={a} data-axis={a}>
              <th scope="row">{ti(`axes.${a}.name`)}</th>
              <td className="num">{formatNumber(lng, today.model[a].value, 1)}</td>
              <td className="num">{formatNumber(lng, after.model[a].value, 1)}</td>
              <td className="num">{signed(lng, after.model[a].value - today.model[a].value)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('planner:outcome.quadrant')}</th>
            <td>{ti(`quadrants.${today.model.quadrant}.name`)}</td>
            <td>{ti(`quadrants.${after.model.quadrant}.name`)}</td>
            <td className="num">{today.model.quadrant === after.model.quadrant ? '=' : '→'}</td>
          </tr>
        </tbody>
      </table>
      <table className="data-table plan-profile">
        <caption>{t('planner:outcome.profile')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planner:outcome.dimension')}</th>
            <th scope="col" className="num">{t('planner:outcome.today')}</th>
            <th scope="col" className="num">{t('planner:outcome.planned')}</th>
            <th scope="col" className="num">{t('planner:outcome.change')}</th>
          </tr>
        </thead>
        <tbody>
          {DIMENSIONS.map((d) => (
            <tr key={d}>
              <th scope="row">{text.section(d)}</th>
              <td className="num">{formatNumber(lng, today.profile[d].score)}</td>
              <td className="num">{formatNumber(lng, after.profile[d].score)}</td>
              <td className="num">{signed(lng, Math.round(after.profile[d].score) - Math.round(today.profile[d].score))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
    </>
  );
}
