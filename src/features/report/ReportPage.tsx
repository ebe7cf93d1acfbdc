import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui/PageTitle';
import { belowLadder } from '@/domain/scoring/below-ladder';
import { isLanguage, type Language } from '@/lib/i18n/languages';
import { href, useRoute } from '@/lib/router/hash-route';
import { targetFrom, targetQuery } from '@/lib/router/target-query';
import { useAppStore } from '@/lib/store/use-app-store';
import { buildReportData } from './report-data';
import { parseReportLanguage, reportColumns } from './report-language';
import { ReportToolbar } from './ReportToolbar';
import { usePrintFileName } from './use-print-file-name';
import { ActionPlanReport } from './sections/ActionPlanReport';
import { CbamReport } from './sections/CbamReport';
import { CoverSection } from './sections/CoverSection';
import { LadderReport } from './sections/LadderReport';
import { MethodReport } from './sections/MethodReport';
import { ModelReport } from './sections/ModelReport';
import { NotesReport } from './sections/NotesReport';
import { ProfileReport } from './sections/ProfileReport';
import { ScenariosReport } from './sections/ScenariosReport';
// The sheet first; the parts refine it (same specificity, so order matters).
import './report.css';
import './report-sections.css';

function NoReport() {
  const { t } = useTranslation('report');
  return (
    <div className="stack">
      <PageTitle>{t('missing.title')}</PageTitle>
      <p>{t('missing.body')}</p>
      <div className="actions">
        <a className="button primary" href={href(['assessments'])}>
          {t('missing.list')}
        </a>
      </div>
    </div>
  );
}

/**
 * `#/report/<id>?lang=en|zh-CN|both`: the printable report. On screen a toolbar, then the report as it
 * prints (A4, see report.css); in print only the report.
 */
export default function ReportPage() {
  const { t, i18n } = useTranslation('report');
  const route = useRoute();
  const currentId = useAppStore((s) => s.currentId);
  const id = route.segments[1] ?? currentId ?? undefined;
  const assessment = useAppStore((s) => (id ? s.assessments[id] : undefined));
  const ui: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  const choice = parseReportLanguage(route.query.get('lang'), ui);
  const langs = reportColumns(choice);
  // The date printed on the cover: when the report was opened, not when the answers last changed.
  const [printedAt] = useState(() => Date.now());
  const answers = assessment?.answers;
  const scenarios = assessment?.scenarios;
  // The target set on the results travels in the URL, so the printed plan lists what the screen listed.
  const { rung, model } = targetFrom(route.query);
  const data = useMemo(() => {
    if (!answers) return null;
    const target = rung || model ? { ...(rung ? { rung } : {}), ...(model ? { model } : {}) } : undefined;
    return buildReportData(scenarios ? { answers, scenarios } : { answers }, target);
  }, [answers, scenarios, rung, model]);
  usePrintFileName(assessment);
  if (!assessment || !data) return <NoReport />;

  const firmName = assessment.name.trim();
  const titleLng = langs.includes(ui) ? ui : langs[0]!;
  return (
    <div className="rp-page">
      <ReportToolbar id={assessment.id} choice={choice} query={targetQuery(targetFrom(route.query))} />
      <Suspense fallback={<output className="loading">{t('preparing')}</output>}>
        <article className={`report ${langs.length > 1 ? 'report-both' : 'report-single'}`} data-report-lang={choice}>
          <CoverSection langs={langs} titleLng={titleLng} assessment={assessment} result={data.result} plan={data.plan} choice={choice} printedAt={printedAt} />
          <LadderReport ladder={data.result.ladder} below={belowLadder(assessment.answers, data.result.ladder)} langs={langs} />
          <ProfileReport result={data.result} firmName={firmName} langs={langs} />
          <ModelReport result={data.result} references={data.references} firmName={firmName} langs={langs} />
          <ActionPlanReport actions={data.actions} roadmap={data.roadmap} langs={langs} />
          {data.scenarios.length > 0 && <ScenariosReport scenarios={data.scenarios} today={data.result} langs={langs} />}
          {data.cbam && <CbamReport summary={data.cbam} langs={langs} />}
          {data.notes.length > 0 && <NotesReport notes={data.notes} langs={langs} />}
          <MethodReport langs={langs} />
        </article>
      </Suspense>
    </div>
  );
}
