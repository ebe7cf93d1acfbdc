import { lazy, memo, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { instrument } from '@/content/instrument';
import { DIMENSIONS, RUNGS, type Rung } from '@/domain/instrument/vocabulary';
import type { DimensionScore } from '@/domain/scoring/result-types';
import { formatNumber } from '@/lib/format';
import { useInstrumentText } from '@/lib/i18n/instrument-text';
import { looseT } from '@/lib/i18n/loose-t';
import type { Plan } from './use-plan';

const ModelMapChart = lazy(() => import('@/components/ui/charts/ModelMapChart'));

const signed = (lng: string, n: number) => (n > 0 ? `+${formatNumber(lng, n, 1)}` : n < 0 ? formatNumber(lng, n, 1) : '0');
const NO_POINTS: never[] = [];

/**
 * The words of the outcome panel that do not depend on the plan, translated once per language: a what-if
 * click then re-renders numbers and marks, not dozens of lookups (the costliest part of a click on a phone).
 */
function useOutcomeWords() {
  const { i18n } = useTranslation(['planner', 'instrument']);
  const lng = i18n.language;
  const text = useInstrumentText();
  return useMemo(() => {
    const tp = looseT(i18n, lng, 'planner');
    const ti = looseT(i18n, lng, 'instrument');
    const rung = Object.fromEntries(RUNGS.map((r) => [r, ti(`rungs.${r}.name`)])) as Record<Rung, string>;
    return {
      lng,
      tp,
      rung,
      gate: Object.fromEntries(instrument.gates.map((g) => [g.id, ti(`gates.${g.id}.title`)])) as Record<string, string>,
      rungNote: Object.fromEntries(RUNGS.map((r) => [r, tp('outcome.rungNote', { rung: rung[r] })])) as Record<Rung, string>,
      quadrant: (q: string) => ti(`quadrants.${q}.name`),
      axis: { T: ti('axes.T.name'), R: ti('axes.R.name') },
      axisLabels: { T: ti('axes.T.long'), R: ti('axes.R.long') },
      quadrants: {
        emerging: ti('quadrants.emerging.name'),
        rule_export: ti('quadrants.rule_export.name'),
        chain_integration: ti('quadrants.chain_integration.name'),
        convergent: ti('quadrants.convergent.name'),
      },
      dimension: Object.fromEntries(DIMENSIONS.map((d) => [d, text.section(d)])) as Record<string, string>,
      today: tp('outcome.today'),
      planned: tp('outcome.planned'),
      opened: tp('outcome.opened'),
      change: tp('outcome.change'),
    };
  }, [i18n, lng, text]);
}
type Words = ReturnType<typeof useOutcomeWords>;

const PlanLadder = memo(function PlanLadder({ today, after, w }: { today: Rung; after: Rung; w: Words }) {
  return (
    <ol className="plan-ladder">
      {RUNGS.slice(1).map((r) => {
        const i = RUNGS.indexOf(r);
        const now = i <= RUNGS.indexOf(today);
        const planned = i <= RUNGS.indexOf(after);
        return (
          <li key={r} className={`${now ? 'reached' : ''} ${planned && !now ? 'planned' : ''}`} data-state={now ? 'today' : planned ? 'planned' : 'open'}>
            <span>{w.rung[r]}</span>
            <span className="plan-ladder-state">{now ? w.today : planned ? w.planned : ''}</span>
          </li>
        );
      })}
    </ol>
  );
});

/** Each gate, met today and with the plan; `passedToday` and `passedAfter` are gate ids joined, so equal plans skip the render. */
const GateTable = memo(function GateTable({ passedToday, passedAfter, w }: { passedToday: string; passedAfter: string; w: Words }) {
  const was = new Set(passedToday.split(' '));
  const now = new Set(passedAfter.split(' '));
  const conditions = w.tp('outcome.conditions');
  return (
    <table className="data-table plan-gates">
      <caption>{conditions}</caption>
      <thead>
        <tr>
          <th scope="col">{conditions}</th>
          <th scope="col">{w.today}</th>
          <th scope="col">{w.planned}</th>
        </tr>
      </thead>
      <tbody>
        {instrument.gates.map((g) => (
          <tr key={g.id} className={!was.has(g.id) && now.has(g.id) ? 'opened' : undefined} data-gate={g.id}>
            <th scope="row">
              {w.gate[g.id]} <span className="note">{w.rungNote[g.rung]}</span>
            </th>
            <td>{was.has(g.id) ? '✓' : '✗'}</td>
            <td>{now.has(g.id) ? (was.has(g.id) ? '✓' : `✓ ${w.opened}`) : '✗'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});

interface Position {
  T: number;
  R: number;
  quadrant: string;
}

/** The columns both tables share: what is measured, today, with the plan, the change. */
function BesideHead({ first, w }: { first: string; w: Words }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="num">{w.today}</th>
        <th scope="col" className="num">{w.planned}</th>
        <th scope="col" className="num">{w.change}</th>
      </tr>
    </thead>
  );
}

const ModelTable = memo(function ModelTable({ today, after, w }: { today: Position; after: Position; w: Words }) {
  const { lng, tp } = w;
  return (
    <table className="data-table plan-model">
      <caption>{tp('outcome.model')}</caption>
      <BesideHead first={tp('outcome.measure')} w={w} />
      <tbody>
        {(['T', 'R'] as const).map((a) => (
          <tr key={a} data-axis={a}>
            <th scope="row">{w.axis[a]}</th>
            <td className="num">{formatNumber(lng, today[a], 1)}</td>
            <td className="num">{formatNumber(lng, after[a], 1)}</td>
            <td className="num">{signed(lng, after[a] - today[a])}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{tp('outcome.quadrant')}</th>
          <td>{w.quadrant(today.quadrant)}</td>
          <td>{w.quadrant(after.quadrant)}</td>
          <td className="num">{today.quadrant === after.quadrant ? '=' : '→'}</td>
        </tr>
      </tbody>
    </table>
  );
}, (a, b) => a.w === b.w && samePosition(a.today, b.today) && samePosition(a.after, b.after));

const samePosition = (a: Position, b: Position) => a.T === b.T && a.R === b.R && a.quadrant === b.quadrant;

type Profile = Record<string, DimensionScore>;

const ProfileTable = memo(function ProfileTable({ today, after, w }: { today: Profile; after: Profile; w: Words }) {
  const { lng, tp } = w;
  return (
    <table className="data-table plan-profile">
      <caption>{tp('outcome.profile')}</caption>
      <BesideHead first={tp('outcome.dimension')} w={w} />
      <tbody>
        {DIMENSIONS.map((d) => (
          <tr key={d}>
            <th scope="row">{w.dimension[d]}</th>
            <td className="num">{formatNumber(lng, today[d]!.score)}</td>
            <td className="num">{formatNumber(lng, after[d]!.score)}</td>
            <td className="num">{signed(lng, Math.round(after[d]!.score) - Math.round(today[d]!.score))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}, (a, b) => a.w === b.w && a.today === b.today && DIMENSIONS.every((d) => a.after[d]!.score === b.after[d]!.score));

/**
 * Today beside the plan, re-scored on every change: rung, each condition, the model map (chart and
 * table) and the profile. One polite live line says what changed for screen-reader users.
 */
export function PlanOutcome({ plan }: { plan: Plan }) {
  const w = useOutcomeWords();
  const { lng, tp } = w;
  const { today } = plan;
  const after = plan.outcome.result;
  const nothing = plan.scenario.actions.length === 0 && Object.keys(plan.scenario.answers).length === 0;
  const passed = (gates: typeof today.ladder.gates) => gates.filter((g) => g.passed).map((g) => g.id).join(' ');
  const position = (r: typeof today): Position => ({ T: r.model.T.value, R: r.model.R.value, quadrant: r.model.quadrant });
  // The two marks move over a chart drawn once: the click's frame carries the new place, not a redrawn chart.
  const live = useMemo(
    () => [
      { label: tp('outcome.mapToday'), T: today.model.T.value, R: today.model.R.value, kind: 'reference' as const },
      { label: tp('outcome.mapPlanned'), T: after.model.T.value, R: after.model.R.value, kind: 'firm' as const },
    ],
    [tp, today, after.model.T.value, after.model.R.value],
  );
  const T = formatNumber(lng, after.model.T.value, 1);
  const R = formatNumber(lng, after.model.R.value, 1);
  return (
    <>
      {/* On a phone the outcome sits below the list: a bar keeps the rung in view (the live line above is what is announced). */}
      <p className="plan-sticky" aria-hidden="true" data-rung={after.ladder.rung}>
        {tp('outcome.sticky', { rung: w.rung[after.ladder.rung], T, R })}
      </p>
      <section className="card plan-outcome" aria-labelledby="plan-outcome">
        <h2 id="plan-outcome">{tp('outcome.title')}</h2>
        <p className="plan-live" aria-live="polite" data-rung={after.ladder.rung}>
          {tp('outcome.live', { rung: w.rung[after.ladder.rung], today: w.rung[today.ladder.rung], T, R })}
        </p>
        {nothing && <p className="note">{tp('outcome.nothing')}</p>}
        <h3>{tp('outcome.ladder')}</h3>
        <PlanLadder today={today.ladder.rung} after={after.ladder.rung} w={w} />
        <GateTable passedToday={passed(today.ladder.gates)} passedAfter={passed(after.ladder.gates)} w={w} />
        <h3>{tp('outcome.model')}</h3>
        <Suspense fallback={<div className="chart-box square placeholder" />}>
          <ModelMapChart points={NO_POINTS} live={live} axisLabels={w.axisLabels} quadrants={w.quadrants} strong={instrument.strongAxis} summary={tp('outcome.mapSummary')} />
        </Suspense>
        <ModelTable today={position(today)} after={position(after)} w={w} />
        <ProfileTable today={today.profile} after={after.profile} w={w} />
      </section>
    </>
  );
}
