import { lazy, Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import { PageTitle } from '@/components/ui/PageTitle';
import { compareResults } from '@/domain/compare/compare-results';
import { DIMENSIONS } from '@/domain/instrument/vocabulary';
import { recommend } from '@/domain/recommendations/recommend';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { useInstrumentText } from '@/lib/i18n/instrument-text';
import { href, navigate, useRoute } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';
import './compare.css';
import { looseT } from '@/lib/i18n/loose-t';

const RadarChart = lazy(() => import('@/components/ui/charts/RadarChart'));

function useScored(id: string | undefined) {
  const assessment = useAppStore((s) => (id ? s.assessments[id] : undefined));
  const answers = assessment?.answers;
  return useMemo(() => {
    if (!assessment || !answers) return null;
    const result = scoreAssessment(instrument, answers);
    return { assessment, result, recs: recommend(result, answers, instrument, RULES).map((r) => r.id) };
  }, [assessment, answers]);
}

const labelOf = (a: { name: string; createdAt: number }, lng: string, anonymous: string) => `${a.name || anonymous} · ${formatDate(lng, a.createdAt)}`;

/** Two assessments of one firm side by side: rung change, each dimension improved / same / worse, recommendations resolved and new. */
export default function ComparePage() {
  const { t, i18n } = useTranslation(['compare', 'instrument', 'recommendations']);
  const ti = looseT(i18n, i18n.language, 'instrument');
  const tr = looseT(i18n, i18n.language, 'recommendations');
  const text = useInstrumentText();
  const lng = i18n.language;
  const route = useRoute();
  // '-' stands for "not chosen yet" so a link can preset only the later assessment.
  const chosen = (x: string | undefined) => (x && x !== '-' ? x : undefined);
  const [beforeId, afterId] = [chosen(route.segments[1]), chosen(route.segments[2])];
  const assessments = useAppStore((s) => s.assessments);
  // Derived outside the selector: a selector returning a new array each time would re-render forever.
  const list = useMemo(() => Object.values(assessments).sort((a, b) => a.createdAt - b.createdAt), [assessments]);
  const before = useScored(beforeId);
  const after = useScored(afterId);
  const ids = { before: useId(), after: useId() };
  const pick = (which: 'before' | 'after', id: string) =>
    navigate(href(['compare', which === 'before' ? id || '-' : beforeId ?? '-', which === 'after' ? id || '-' : afterId ?? '-']), { replace: true });
  // The pickers name the time too: a firm that assessed itself twice in one day (before and after a workshop) sees both apart.
  const label = (a: { name: string; createdAt: number }) => `${a.name || t('compare:anonymous')} · ${formatDateTime(lng, a.createdAt)}`;
  const comparison = before && after && beforeId !== afterId ? compareResults(before.result, after.result, before.recs, after.recs) : null;
  const anonymous = t('compare:anonymous');
  const series = useMemo(
    () =>
      before && after
        ? [
            { label: labelOf(before.assessment, lng, anonymous), values: DIMENSIONS.map((d) => Math.round(before.result.profile[d].score)), kind: 'secondary' as const },
            { label: labelOf(after.assessment, lng, anonymous), values: DIMENSIONS.map((d) => Math.round(after.result.profile[d].score)), kind: 'primary' as const },
          ]
        : [],
    [before, after, lng, anonymous],
  );
  const labels = useMemo(() => DIMENSIONS.map((d) => text.dimension(d)), [text]);

  const recList = (items: string[]) =>
    items.length ? (
      <ul>
        {items.map((id) => (
          <li key={id}>{tr(`rules.${id}.title`)}</li>
        ))}
      </ul>
    ) : (
      <p>{t('compare:noneListed')}</p>
    );

  return (
    <article className="stack compare">
      <PageTitle>{t('compare:title')}</PageTitle>
      <p>{t('compare:intro')}</p>
      {list.length < 2 ? (
        <p className="notice">{t('compare:need')}</p>
      ) : (
        <div className="compare-pickers">
          {(['before', 'after'] as const).map((which) => (
            <div key={which}>
              <label htmlFor={ids[which]}>{t(`compare:${which}`)}</label>
              <select id={ids[which]} value={(which === 'before' ? beforeId : afterId) ?? ''} onChange={(e) => pick(which, e.target.value)}>
                <option value="">{t('compare:choose')}</option>
                {list.map((a) => (
                  <option key={a.id} value={a.id}>
                    {label(a)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      )}
      {before && after && beforeId === afterId && <p className="notice">{t('compare:same')}</p>}
      {comparison && before && after && (
        <>
          <section className="card" aria-labelledby="cmp-rung">
            <h2 id="cmp-rung">{t('compare:rungTitle')}</h2>
            <p data-change={comparison.rung.change}>
              {t(`compare:rungChange.${comparison.rung.change}`, { before: ti(`rungs.${comparison.rung.before}.name`), after: ti(`rungs.${comparison.rung.after}.name`) })}
            </p>
          </section>
          <section className="card" aria-labelledby="cmp-profile">
            <h2 id="cmp-profile">{t('compare:profileTitle')}</h2>
            <Suspense fallback={<div className="chart-box" />}>
              <RadarChart labels={labels} series={series} summary={t('compare:chartSummary')} />
            </Suspense>
            <table className="data-table">
              <caption>{t('compare:tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare:dimension')}</th>
                  <th scope="col" className="num">{t('compare:before')}</th>
                  <th scope="col" className="num">{t('compare:after')}</th>
                  <th scope="col">{t('compare:change')}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.dimensions.map((d) => (
                  <tr key={d.dimension} data-change={d.change}>
                    <th scope="row">{text.section(d.dimension)}</th>
                    <td className="num">{formatNumber(lng, d.before)}</td>
                    <td className="num">{formatNumber(lng, d.after)}</td>
                    <td>{t(`compare:changes.${d.change}`)}</td>
                  </tr>
                ))}
                {(['T', 'R'] as const).map((axis) => (
                  <tr key={axis} data-change={comparison.axes[axis].change}>
                    <th scope="row">{ti(`axes.${axis}.long`)}</th>
                    <td className="num">{formatNumber(lng, comparison.axes[axis].before)}</td>
                    <td className="num">{formatNumber(lng, comparison.axes[axis].after)}</td>
                    <td>{t(`compare:changes.${comparison.axes[axis].change}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="card" aria-labelledby="cmp-recs">
            <h2 id="cmp-recs">{t('compare:recsTitle')}</h2>
            <h3>{t('compare:resolved')}</h3>
            {recList(comparison.resolved)}
            <h3>{t('compare:added')}</h3>
            {recList(comparison.added)}
            <h3>{t('compare:kept')}</h3>
            {recList(comparison.kept)}
          </section>
        </>
      )}
    </article>
  );
}
