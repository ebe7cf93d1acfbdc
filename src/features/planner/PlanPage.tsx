import { memo } from 'react';
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
import { useLatestCallback } from './use-latest-callback';
import { usePlan } from './use-plan';
import type { Assessment } from '@/domain/assessment/assessment';
import './planner.css';

// The page's heading and way back: the same on every what-if click, so rendered once.
const PlannerHeading = memo(function PlannerHeading({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation(['planner', 'results']);
  return (
    <>
      <PageTitle>{t('planner:title', { name: name || t('results:anonymous') })}</PageTitle>
      <p>{t('planner:intro')}</p>
      <p>
        <a href={href(['results', id])}>{t('planner:back')}</a>
      </p>
    </>
  );
});

function Planner({ assessment, scenarioId }: { assessment: Assessment; scenarioId: string | undefined }) {
  const { t } = useTranslation(['planner', 'results']);
  const plan = usePlan(assessment, scenarioId, (n) => t('planner:scenario.untitled', { n }));
  const setAnswer = useLatestCallback(plan.setAnswer);
  const rename = useLatestCallback((name: string) => void plan.update({ name }));
  const plannedAnswer = useLatestCallback((questionId: string) => plan.outcome.answers[questionId]);
  return (
    <article className="stack planner">
      <PlannerHeading id={assessment.id} name={assessment.name} />
      <ScenarioBar assessmentId={assessment.id} scenario={plan.scenario} scenarios={plan.scenarios} saved={plan.saved} rename={rename} />
      <div className="planner-grid">
        <div className="planner-inputs stack">
          <TargetCheck plan={plan} />
          <ActionList plan={plan} />
          <AnswerChanges answers={assessment.answers} changes={plan.scenario.answers} plannedAnswer={plannedAnswer} setAnswer={setAnswer} />
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
