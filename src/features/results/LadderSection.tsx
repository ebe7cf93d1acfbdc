import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyDetails } from '@/components/ui/LazyDetails';
import { RUNGS, type Rung } from '@/domain/instrument/vocabulary';
import type { GateResult, LadderPlacement } from '@/domain/scoring/result-types';
import { formatNumber } from '@/lib/format';
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

/** The ladder drawn as steps, the firm's rung marked, the next rung's gates with reasons, and progress. */
export function LadderSection({ ladder }: { ladder: LadderPlacement }) {
  const { t, i18n } = useTranslation(['results', 'instrument']);
  const ti = looseT(i18n, i18n.language, 'instrument');
  const rungName = (r: Rung) => ti(`rungs.${r}.name`);
  const nextGates = ladder.next ? ladder.gates.filter((g) => g.rung === ladder.next) : [];
  const passed = nextGates.filter((g) => g.passed).length;
  return (
    <section className="card results-section" aria-labelledby="ladder-title">
      <h2 id="ladder-title">{t('results:ladder.title')}</h2>
      <p className="rung-headline" data-rung={ladder.rung}>
        {t(ladder.provisional ? 'results:ladder.reachedProvisional' : 'results:ladder.reached', { rung: rungName(ladder.rung) })}
      </p>
      <p>{ti(`rungs.${ladder.rung}.description`)}</p>
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
