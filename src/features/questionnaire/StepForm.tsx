import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionId } from '@/domain/instrument/predicate-schema';
import { PageTitle } from '@/components/ui/PageTitle';
import { href } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';
import { answersIn, questionIndex, statsOf } from './answer-stats';
import { FirmNameField } from './FirmNameField';
import { focusQuestion } from './focus-question';
import { asTextFn, sectionIntro, sectionTitle } from './instrument-text';
import { QuestionField } from './QuestionField';
import { neighbours } from './steps';
import { StepButtons } from './StepButtons';
import { useOpenProblems } from './use-open-problems';
import { useStepForm } from './use-step-form';
import type { OtherLanguage } from './use-other-language';

interface Props {
  assessmentId: string;
  section: SectionId;
  /** Question to focus on arrival (from a review link). */
  focusId: string | null;
  other: OtherLanguage | null;
  /** Lets the step list ask this step before leaving it. */
  registerLeave: (leave: ((to: string) => void) | null) => void;
}

/** One step of questions: the section's heading and intro, its shown questions, and the way on. */
export function StepForm({ assessmentId, section, focusId, other, registerLeave }: Props) {
  const { t: rawT } = useTranslation(['questionnaire', 'instrument', 'questions']);
  const t = asTextFn(rawT);
  // Only a change in which questions are shown re-renders the step; answers re-render their question.
  const visibleKey = useAppStore((s) => statsOf(answersIn(s, assessmentId)).sections[section].visibleKey);
  const shown = useMemo(() => new Set(visibleKey.split(' ')), [visibleKey]);
  const questions = questionIndex.bySection.get(section) ?? [];
  const { control, trigger, leave, problems } = useStepForm(assessmentId, section);
  // The notice counts what is still open, so it goes once every marked answer is put right.
  const open = useOpenProblems(control, shown, problems > 0);
  const { previous, next } = neighbours(section);
  const to = (step: string) => href(['assess', assessmentId, step]);

  useEffect(() => {
    registerLeave((target) => void leave(target));
    return () => registerLeave(null);
  }, [leave, registerLeave]);

  // Runs after the heading took focus (PageTitle), so a link to one question lands on it.
  useEffect(() => {
    if (focusId) focusQuestion(document, focusId);
  }, [focusId]);

  const required = section === 'profile';
  // Questions hidden by a condition stay mounted but hidden, so that an answer revealing one only flips
  // an attribute (instant) and flipping back finds it as it was.
  const position = new Map(questions.filter((q) => shown.has(q.id)).map((q, i) => [q.id, i + 1]));
  return (
    <form className="step" noValidate onSubmit={(e) => e.preventDefault()}>
      <PageTitle>{sectionTitle(t, section)}</PageTitle>
      {other && (
        <p className="alt title-alt" lang={other.lng}>
          {sectionTitle(other.t, section)}
        </p>
      )}
      <p className="step-intro">
        {sectionIntro(t, section)}
        {other && (
          <span className="alt" lang={other.lng}>
            {sectionIntro(other.t, section)}
          </span>
        )}
      </p>
      {required && <p className="step-hint">{t('step.requiredHint')}</p>}
      {section === 'profile' && <FirmNameField assessmentId={assessmentId} />}
      <div className="questions">
        {questions.map((q) => (
          <QuestionField
            key={q.id}
            assessmentId={assessmentId}
            question={q}
            hidden={!shown.has(q.id)}
            number={position.get(q.id) ?? 0}
            required={required}
            control={control}
            trigger={trigger}
            other={other}
          />
        ))}
      </div>
      <StepButtons
        previous={previous ? to(previous) : null}
        next={next ? to(next) : null}
        nextIsReview={next === 'review'}
        onLeave={(target) => void leave(target)}
        problems={open}
      />
    </form>
  );
}
