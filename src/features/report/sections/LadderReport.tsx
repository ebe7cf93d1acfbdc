import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RUNGS, type Rung } from '@/domain/instrument/vocabulary';
import type { BelowLadderStanding } from '@/domain/scoring/below-ladder';
import type { GateResult, LadderPlacement } from '@/domain/scoring/result-types';
import { formatNumber, formatPercent } from '@/lib/format';
import { instrumentText } from '@/lib/i18n/instrument-text';
import type { Language } from '@/lib/i18n/languages';
import { evidenceLine } from '../evidence-text';
import { InLanguages } from '../InLanguages';
import { looseT } from '@/lib/i18n/loose-t';
import { listSeparator, wordGap } from '../typography';

const reachedIndex = (ladder: LadderPlacement) => RUNGS.indexOf(ladder.rung);

function LadderHead({ lng, ladder, below }: { lng: Language; ladder: LadderPlacement; below: BelowLadderStanding | null }) {
  const { t, i18n } = useTranslation(['report', 'results', 'instrument'], { lng });
  const ti = looseT(i18n, lng, 'instrument');
  const rungName = (r: Rung) => ti(`rungs.${r}.name`);
  const nextGates = ladder.next ? ladder.gates.filter((g) => g.rung === ladder.next) : [];
  const occasional = below?.kind === 'occasional';
  const share = below?.overseasShare ?? null;
  const standing = below && below.kind !== 'unknown' ? t(below.kind === 'occasional' ? 'results:ladder.belowOccasional' : 'results:ladder.belowNone') : null;
  return (
    <>
      <h2>{t('ladder.title')}</h2>
      <p className="rp-headline" data-rung={ladder.rung} data-below={below?.kind}>
        {occasional
          ? t(ladder.provisional ? 'ladder.occasionalProvisional' : 'ladder.occasional', { rung: rungName('product') })
          : t(ladder.provisional ? 'ladder.reachedProvisional' : 'ladder.reached', { rung: rungName(ladder.rung) })}
      </p>
      <p>
        {occasional
          ? share !== null && share > 0
            ? t('results:ladder.occasionalDescriptionShare', { share: formatPercent(lng, share / 100) })
            : t('results:ladder.occasionalDescription')
          : ti(`rungs.${ladder.rung}.description`)}
      </p>
      {standing && (
        <p className="rp-below" aria-current="step">
          <span className="rp-mark" aria-hidden="true">
            ▸
          </span>{' '}
          {t('ladder.below', { standing })}
          {`${wordGap(lng)}${t('ladder.here')}`}
        </p>
      )}
      <ol className="rp-steps">
        {RUNGS.slice(1).map((r) => {
          const reached = RUNGS.indexOf(r) <= reachedIndex(ladder);
          return (
            <li key={r} className={reached ? 'reached' : ''} aria-current={r === ladder.rung ? 'step' : undefined}>
              <span className="rp-mark" aria-hidden="true">
                {reached ? '■' : '□'}
              </span>{' '}
              {t('ladder.step', { rung: rungName(r), state: reached ? t('ladder.stepReached') : t('ladder.stepNotReached') })}
              {r === ladder.rung && `${wordGap(lng)}${t('ladder.here')}`}
            </li>
          );
        })}
      </ol>
      <p>
        {ladder.next
          ? t('ladder.next', { rung: rungName(ladder.next), passed: nextGates.filter((g) => g.passed).length, total: nextGates.length })
          : t('ladder.top')}
      </p>
      <p className="rp-note">{t('ladder.how')}</p>
    </>
  );
}

function GateLine({ gate, lng }: { gate: GateResult; lng: Language }) {
  const { t, i18n } = useTranslation(['report', 'results', 'instrument', 'questions'], { lng });
  const ti = looseT(i18n, lng, 'instrument');
  const text = useMemo(() => instrumentText(i18n, lng), [i18n, lng]);
  const read = [
    ...gate.evidence.map((e) => evidenceLine(e, t, text)),
    ...gate.axes.map((a) => t('ladder.axisValue', { axis: ti(`axes.${a.axis}.name`), value: formatNumber(lng, a.value) })),
  ];
  const state = gate.passed ? 'passed' : gate.unknown ? 'unknown' : 'failed';
  return (
    <li className={`rp-gate ${state}`} data-gate={gate.id} data-passed={gate.passed} data-state={state}>
      <span className="rp-mark" aria-hidden="true">
        {state === 'passed' ? '✓' : state === 'unknown' ? '?' : '✗'}
      </span>
      <div>
        <p>
          <strong>{ti(`gates.${gate.id}.title`)}</strong>
          {wordGap(lng)}
          {t(state === 'passed' ? 'ladder.statusPassed' : state === 'unknown' ? 'ladder.statusUnknown' : 'ladder.statusFailed')}
          {wordGap(lng)}
          {state === 'unknown' ? ti('gateUnknown') : ti(`gates.${gate.id}.${state}`)}
        </p>
        {read.length > 0 && (
          <p className="rp-evidence">
            {t('colon', { label: t('ladder.read') })}
            {wordGap(lng)}
            {read.join(listSeparator(lng))}
          </p>
        )}
      </div>
    </li>
  );
}

function RungGates({ lng, rung, ladder }: { lng: Language; rung: Exclude<Rung, 'none'>; ladder: LadderPlacement }) {
  const { t, i18n } = useTranslation(['report', 'instrument'], { lng });
  const ti = looseT(i18n, lng, 'instrument');
  const reached = RUNGS.indexOf(rung) <= reachedIndex(ladder);
  return (
    <>
      <h3>{t(reached ? 'ladder.rungReached' : 'ladder.rungNotReached', { rung: ti(`rungs.${rung}.name`) })}</h3>
      <ul className="rp-gates">
        {ladder.gates
          .filter((g) => g.rung === rung)
          .map((g) => (
            <GateLine key={g.id} gate={g} lng={lng} />
          ))}
      </ul>
    </>
  );
}

/** The rung reached (or, below the first, whether the firm sells abroad now and then), the ladder, and every gate of every rung with its reason and the answers it read. */
export function LadderReport({ ladder, below, langs }: { ladder: LadderPlacement; below: BelowLadderStanding | null; langs: Language[] }) {
  return (
    <section className="rp-section rp-ladder">
      <InLanguages langs={langs}>{(lng) => <LadderHead lng={lng} ladder={ladder} below={below} />}</InLanguages>
      {RUNGS.slice(1).map((r) => (
        <InLanguages key={r} langs={langs}>
          {(lng) => <RungGates lng={lng} rung={r as Exclude<Rung, 'none'>} ladder={ladder} />}
        </InLanguages>
      ))}
    </section>
  );
}
