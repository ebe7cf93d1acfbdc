import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui/PageTitle';
import { href, useRoute } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';
import { ActionList } from './ActionList';
import { AnswerChanges } from './AnswerChanges';
import { PlanOutcome } from './PlanOutcome';
import { ScenarioBar } from './ScenarioBar';
import { ScenarioCompare } from './ScenarioCompare';
import { TargetCheck } from './TargetCheck';
import { usePlan } from './use-plan';
import type { Assessment } from '@/domain/assessment/assessment';
import './planner.css';

function Planner({ assessment, scenarioId }: { assessment: Assessment; scenarioId: string | undefined }) {
  const { t } = useTranslation(['planner', 'results']);
  const plan = usePlan(assessment, scenarioId, (n) => t('planner:scenario.untitled', { n }));
  const name = assessment.name || t('results:anonymous');
  return (
    <article className="stack planner">
      <PageTitle>{t('planner:title', { name })}</PageTitle>
      <p>{t('planner:intro')}</p>
      <p>
        <a href={href(['results', assessment.id])}>{t('planner:back')}</a>
      </p>
      <ScenarioBar assessment={assessment} plan={plan} />
      <div className="planner-grid">
        <div className="planner-inputs stack">
          <TargetCheck plan={plan} />
          <ActionList plan={plan} />
          <AnswerChanges plan={plan} answers={assessment.answers} />
        </div>
        <PlanOutcome plan={plan} />
      </div>
      {plan.scenarios.length > 0 && <ScenarioCompare assessment={assessment} today={plan.today} scenarios={plan.scenarios} />}
    </article>
  );
}

/** The what-if planner (`#/plan/<assessment>[/<scenario>|/new]`): plans beside an assessment, never in it. */
export default function PlanPage() {
  const { t } = useTranslation('planner');
  const route = useRoute();
  const id = route.segments[1];
  const assessment = useAppStore((s) => (id ? s.assessments[id] : undefined));
  if (!assessment) {
    return (
      <div className="stack">
        <PageTitle>{t('title', { name: '' })}</PageTitle>
        <p className="notice warning">{t('notFound')}</p>
        <a className="button" href="#/assessments">
          {t('back')}
        </a>
      </div>
    );
  }
  return <Planner assessment={assessment} scenarioId={route.segments[2]} />;
}
