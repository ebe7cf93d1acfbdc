import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyDetails } from '@/components/ui/LazyDetails';
import { RUNGS, type Rung } from '@/domain/instrument/vocabulary';
import type { BelowLadderStanding } from '@/domain/scoring/below-ladder';
import type { GateResult, LadderPlacement } from '@/domain/scoring/result-types';
import { formatNumber, formatPercent } from '@/lib/format';
import { looseT } from '@/lib/i18n/loose-t';

// The answers behind a gate name the questions, whose texts are not part of the first paint: the
// list and its text load when a reader first opens one.
const EvidenceList = lazy(() => import('./EvidenceList').then((m) => ({ default: m.EvidenceList })));

function GateItem({ gate }: { gate: GateResult }) {
  const { t, i18n } = useTranslation(['results', 'instrument']);
  const state = gate.passed ? 'passed' : gate.unknown ? 'unknown' : 'failed';
  const ti = looseT(i18n, i18n.language, 'instrument');
  return (
    <li className={`gate ${state}`} data-state={state}>
      <span className="gate-mark" aria-hidden="true">
        {state === 'passed' ? '✓' : state === 'unknown' ? '?' : '✗'}
      </span>
      <div>
        <strong>{ti(`gates.${gate.id}.title`)}</strong>{' '}
        <span className="gate-status">({t(`results:ladder.${state}`)})</span>
        {/* A condition failed only on "don't know" is named as not known, never restated as a "no". */}
        <p>{state === 'unknown' ? ti('gateUnknown') : ti(`gates.${gate.id}.${state}`)}</p>
        <LazyDetails summary={t('results:ladder.why')}>
          {gate.evidence.length > 0 && <EvidenceList evidence={gate.evidence} />}
          {gate.axes.length > 0 && (
            <ul className="evidence">
              {gate.axes.map((a) => (
                <li key={a.axis}>
                  {t('results:ladder.axisValue', { axis: ti(`axes.${a.axis}.name`), value: formatNumber(i18n.language, a.value) })}
                </li>
              ))}
            </ul>
          )}
        </LazyDetails>
      </div>
    </li>
  );
}

/**
 * The ladder drawn as steps, the firm's rung marked, the next rung's gates with reasons, and progress.
 * A firm below the first rung is shown there, under it, and one that sells abroad now and then is told
 * so rather than "not yet exporting" (`below`, from `belowLadder`).
 */
export function LadderSection({ ladder, below }: { ladder: LadderPlacement; below: BelowLadderStanding | null }) {
  const { t, i18n } = useTranslation(['results', 'instrument']);
  const ti = looseT(i18n, i18n.language, 'instrument');
  const rungName = (r: Rung) => ti(`rungs.${r}.name`);
  const nextGates = ladder.next ? ladder.gates.filter((g) => g.rung === ladder.next) : [];
  const passed = nextGates.filter((g) => g.passed).length;
  const occasional = below?.kind === 'occasional';
  const share = below?.overseasShare ?? null;
  const standing = below && below.kind !== 'unknown' ? t(below.kind === 'occasional' ? 'results:ladder.belowOccasional' : 'results:ladder.belowNone') : null;
  return (
    <section className="card results-section" aria-labelledby="ladder-title">
      <h2 id="ladder-title">{t('results:ladder.title')}</h2>
      <p className="rung-headline" data-rung={ladder.rung} data-below={below?.kind}>
        {occasional
          ? t(ladder.provisional ? 'results:ladder.occasionalProvisional' : 'results:ladder.occasional', { rung: rungName('product') })
          : t(ladder.provisional ? 'results:ladder.reachedProvisional' : 'results:ladder.reached', { rung: rungName(ladder.rung) })}
      </p>
      <p>
        {occasional
          ? share !== null && share > 0
            ? t('results:ladder.occasionalDescriptionShare', { share: formatPercent(i18n.language, share / 100) })
            : t('results:ladder.occasionalDescription')
          : ti(`rungs.${ladder.rung}.description`)}
      </p>
      <ol className="ladder" aria-label={t('results:ladder.rungsLabel')}>
        {RUNGS.slice(1).map((r) => {
          const here = r === ladder.rung;
          const reached = RUNGS.indexOf(r) <= RUNGS.indexOf(ladder.rung);
          return (
            <li key={r} className={`rung ${reached ? 'reached' : ''} ${here ? 'here' : ''}`} aria-current={here ? 'step' : undefined}>
              <span className="rung-name">{rungName(r)}</span>
              {here && <span className="rung-here">{t('results:ladder.current')}</span>}
            </li>
          );
        })}
      </ol>
      {standing && (
        <p className="rung below here" aria-current="step">
          <span className="rung-name">
            {standing}
            {i18n.language === 'zh-CN' ? '' : ' '}
            <span className="rung-below-note">{t('results:ladder.belowFirst')}</span>
          </span>
          <span className="rung-here">{t('results:ladder.current')}</span>
        </p>
      )}
      {ladder.next ? (
        <>
          <h3>{t('results:ladder.next', { rung: rungName(ladder.next) })}</h3>
          <div className="progress-line">
            <progress max={nextGates.length} value={passed} aria-labelledby="ladder-progress" />
            <span id="ladder-progress">{t('results:ladder.progress', { passed, total: nextGates.length })}</span>
          </div>
          <ul className="gates">
            {nextGates.map((g) => (
              <GateItem key={g.id} gate={g} />
            ))}
          </ul>
        </>
      ) : (
        <p>{t('results:ladder.top')}</p>
      )}
      <LazyDetails className="all-gates" summary={t('results:ladder.allGatesTitle')}>
        {RUNGS.slice(1).map((r) => (
          <div key={r}>
            <h4>{rungName(r)}</h4>
            <ul className="gates">
              {ladder.gates
                .filter((g) => g.rung === r)
                .map((g) => (
                  <GateItem key={g.id} gate={g} />
                ))}
            </ul>
          </div>
        ))}
      </LazyDetails>
    </section>
  );
}
