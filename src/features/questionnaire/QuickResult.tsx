import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui/PageTitle';
import { RUNGS } from '@/domain/instrument/vocabulary';
import { provisionalResult, type MissingGate } from '@/domain/scoring/quick-result';
import { instrument } from '@/content/instrument/index';
import { formatList, formatNumber } from '@/lib/format';
import { href } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';
import { answersIn, questionIndex } from './answer-stats';
import { asTextFn, questionText } from './instrument-text';

/**
 * The quick path's result: the engine's rung and model position on the answers so far, said to be
 * provisional, with what is still missing, and the ways on (full questionnaire, hand-in by QR code).
 */
export function QuickResult({ assessmentId }: { assessmentId: string }) {
  const { t: rawT, i18n } = useTranslation(['quick', 'instrument', 'questions']);
  const t = asTextFn(rawT);
  const lng = i18n.language;
  const n = (x: number) => formatNumber(lng, x);
  const answers = useAppStore((s) => answersIn(s, assessmentId));
  const quick = useMemo(() => provisionalResult(instrument, answers), [answers]);
  const { result, rung, model, missing } = quick;
  const next = result.ladder.next;
  const failed = next ? result.ladder.gates.find((g) => g.rung === next && !g.passed && !g.unknown) : undefined;
  const rungName = (r: string) => t(`instrument:rungs.${r}.name`);
  const byRung = RUNGS.slice(1)
    .map((r) => ({ rung: r, gates: missing.gates.filter((g) => g.rung === r) }))
    .filter((x) => x.gates.length);
  const gateLine = (g: MissingGate) =>
    t('quick:result.missingGate', {
      condition: t(`instrument:gates.${g.id}.title`),
      detail: formatList(lng, [
        ...(g.questions.length ? [t('quick:result.missingQuestions', { count: g.questions.length })] : []),
        ...(g.axes.length ? [t('quick:result.missingAxes')] : []),
      ]),
    });

  return (
    <article className="stack quick-result">
      <PageTitle>{t('quick:result.title')}</PageTitle>
      {quick.provisional && (
        <p className="notice warning">
          {t('quick:result.notice', { count: result.completeness.answered, total: n(result.completeness.total) })}
        </p>
      )}
      <section className="card" aria-labelledby="quick-rung">
        <h2 id="quick-rung">{t('quick:result.rungTitle')}</h2>
        <p className="quick-rung-name">{rungName(rung)}</p>
        <p>{t(`instrument:rungs.${rung}.description`)}</p>
        <p>
          {next === null
            ? t('quick:result.rungTop')
            : failed
              ? t('quick:result.rungSettled', { next: rungName(next), condition: t(`instrument:gates.${failed.id}.title`) })
              : t('quick:result.rungOpen', { next: rungName(next) })}
        </p>
      </section>
      <section className="card" aria-labelledby="quick-model">
        <h2 id="quick-model">{t('quick:result.modelTitle')}</h2>
        <ul className="quick-axes">
          {(['T', 'R'] as const).map((axis) => {
            const open = missing.axes.find((a) => a.axis === axis);
            return (
              <li key={axis}>
                <strong>{t('quick:result.axis', { name: t(`instrument:axes.${axis}.name`), value: n(model[axis]) })}</strong>
                <br />
                {open
                  ? t('quick:result.axisOpen', { count: open.questions.length, room: n(open.upper - open.value) })
                  : t('quick:result.axisDone')}
              </li>
            );
          })}
        </ul>
        <p>{t('quick:result.position', { quadrant: t(`instrument:quadrants.${model.quadrant}.name`) })}</p>
      </section>
      <section className="card" aria-labelledby="quick-missing">
        <h2 id="quick-missing">{t('quick:result.missingTitle')}</h2>
        {byRung.length === 0 ? (
          <p>{t('quick:result.missingNone')}</p>
        ) : (
          <>
            <p>{t('quick:result.missingIntro')}</p>
            {byRung.map(({ rung: r, gates }) => (
              <div key={r}>
                <h3>{rungName(r)}</h3>
                <ul>
                  {gates.map((g) => (
                    <li key={g.id}>
                      {g.questions.length ? (
                        <details>
                          <summary>{gateLine(g)}</summary>
                          <ul>
                            {g.questions.map((id) => {
                              const q = questionIndex.byId.get(id)!;
                              return (
                                <li key={id}>
                                  <a href={href(['assess', assessmentId, q.section], { q: id })}>{questionText(t, q)}</a>
                                </li>
                              );
                            })}
                          </ul>
                        </details>
                      ) : (
                        gateLine(g)
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </>
        )}
      </section>
      <section className="card stack" aria-labelledby="quick-next">
        <h2 id="quick-next">{t('quick:result.nextTitle')}</h2>
        <p>{t('quick:result.continueHint')}</p>
        <div className="actions">
          <a className="button primary" href={href(['assess', assessmentId, 'profile'])}>
            {t('quick:result.continue')}
          </a>
          <a className="button" href={href(['assess', assessmentId, 'quick'])}>
            {t('quick:result.edit')}
          </a>
        </div>
        <p>{t('quick:result.handInHint')}</p>
        <div className="actions">
          <a className="button" href={href(['handin', assessmentId])}>
            {t('quick:result.handIn')}
          </a>
          <a className="button quiet" href={href(['results', assessmentId])}>
            {t('quick:result.fullResults')}
          </a>
        </div>
      </section>
    </article>
  );
}
