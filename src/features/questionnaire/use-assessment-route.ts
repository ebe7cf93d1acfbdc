import { useEffect } from 'react';
import { href, navigate } from '@/lib/router/hash-route';
import { appStore, useAppStore } from '@/lib/store/use-app-store';
import { isStep, type StepId } from './steps';

export type AssessmentRoute =
  | { kind: 'ready'; id: string; step: StepId }
  /** On its way to the full address (`#/assess` → current assessment, `#/assess/<id>` → its saved step). */
  | { kind: 'redirecting' }
  | { kind: 'unknown' };

const savedStep = (id: string): StepId => {
  const step = appStore.getState().assessments[id]?.step;
  return isStep(step) ? step : 'profile';
};

/**
 * Resolves `#/assess[/<id>[/<step>]]`: no id opens the current assessment (a new one when there
 * is none), no or an unknown step resumes where the user left off. The step reached is saved,
 * so a reload or a later visit comes back to it.
 *
 * `active` is false once the address has moved to another screen: while that screen's code is
 * still loading, React may keep this page mounted (hidden) and render it with the new address,
 * which must not send the user back here.
 */
export function useAssessmentRoute(active: boolean, idSegment: string | undefined, stepSegment: string | undefined): AssessmentRoute {
  const exists = useAppStore((s) => (idSegment ? s.assessments[idSegment] !== undefined : false));
  const ready = idSegment !== undefined && exists && isStep(stepSegment);

  useEffect(() => {
    if (!active) return;
    if (idSegment === undefined) {
      const s = appStore.getState();
      // Read the store again rather than a rendered value: React may run this effect twice
      // (strict mode), and the second run must find the assessment the first one created.
      const id = s.currentId && s.assessments[s.currentId] ? s.currentId : s.createAssessment();
      navigate(href(['assess', id, savedStep(id)]), { replace: true });
    } else if (exists && !isStep(stepSegment)) {
      navigate(href(['assess', idSegment, savedStep(idSegment)]), { replace: true });
    }
  }, [active, idSegment, stepSegment, exists]);

  useEffect(() => {
    if (!active || !ready || idSegment === undefined || !isStep(stepSegment)) return;
    const s = appStore.getState();
    s.setStep(idSegment, stepSegment);
    if (s.currentId !== idSegment) s.setCurrent(idSegment);
  }, [active, ready, idSegment, stepSegment]);

  if (ready && idSegment !== undefined && isStep(stepSegment)) return { kind: 'ready', id: idSegment, step: stepSegment };
  if (idSegment !== undefined && !exists) return { kind: 'unknown' };
  return { kind: 'redirecting' };
}
