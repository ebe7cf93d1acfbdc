import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';
import { BilingualToggle } from './BilingualToggle';
import { ProgressHeader } from './ProgressHeader';
import { QuickPath } from './QuickPath';
import { ReviewStep } from './ReviewStep';
import { StepForm } from './StepForm';
import { StepNav } from './StepNav';
import { isSectionStep, type StepId } from './steps';
import { UnknownAssessment } from './UnknownAssessment';
import { useAssessmentRoute } from './use-assessment-route';
import { useOtherLanguage } from './use-other-language';
import './questionnaire.css';

function Flow({ assessmentId, step, focusId }: { assessmentId: string; step: StepId; focusId: string | null }) {
  const bilingual = useAppStore((s) => s.preferences.bilingual);
  const other = useOtherLanguage(bilingual);
  const leave = useRef<((to: string) => void) | null>(null);
  const registerLeave = useCallback((fn: ((to: string) => void) | null) => {
    leave.current = fn;
  }, []);

  return (
    <div className={other ? 'questionnaire bilingual' : 'questionnaire'}>
      <div className="q-top">
        <ProgressHeader assessmentId={assessmentId} step={step} />
        <BilingualToggle />
      </div>
      <div className="q-layout">
        <StepNav assessmentId={assessmentId} step={step} leave={leave} />
        <div className="q-main">
          {isSectionStep(step) ? (
            <StepForm
              key={`${assessmentId}/${step}`}
              assessmentId={assessmentId}
              section={step}
              focusId={focusId}
              other={other}
              registerLeave={registerLeave}
            />
          ) : (
            <ReviewStep assessmentId={assessmentId} other={other} />
          )}
        </div>
      </div>
    </div>
  );
}

/**
 * The questionnaire: `#/assess` (the current assessment), `#/assess/<id>` (where it was left)
 * and `#/assess/<id>/<step>[?q=<question>]`. Firm profile, one step per dimension, review.
 * `#/assess/quick` starts the quick path in a new assessment.
 */
export default function QuestionnairePage() {
  const route = useRoute();
  // The quick path (`#/assess/quick`, `#/assess/<id>/quick[/result]`): the same assessment, only the quick questions.
  if (route.segments[0] === 'assess' && (route.segments[1] === 'quick' || route.segments[2] === 'quick')) {
    return <QuickPath idSegment={route.segments[1] === 'quick' ? undefined : route.segments[1]} view={route.segments[3]} />;
  }
  return <FullQuestionnaire />;
}

function FullQuestionnaire() {
  // Both namespaces are loaded before the first question shows (the page suspends until then).
  const { t } = useTranslation(['questionnaire', 'instrument', 'questions']);
  const route = useRoute();
  const target = useAssessmentRoute(route.segments[0] === 'assess', route.segments[1], route.segments[2]);
  if (target.kind === 'unknown') return <UnknownAssessment />;
  if (target.kind === 'redirecting') return <output className="loading">{t('loading')}</output>;
  return <Flow assessmentId={target.id} step={target.step} focusId={route.query.get('q')} />;
}
