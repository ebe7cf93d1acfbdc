import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { href, navigate } from '@/lib/router/hash-route';
import { appStore, useAppStore } from '@/lib/store/use-app-store';
import { BilingualToggle } from './BilingualToggle';
import { QuickResult } from './QuickResult';
import { QuickStep } from './QuickStep';
import { UnknownAssessment } from './UnknownAssessment';
import { useOtherLanguage } from './use-other-language';
import './quick.css';

/**
 * The quick path of one assessment: `#/assess/<id>/quick` asks the quick questions, `…/quick/result`
 * shows the provisional result. `#/assess/quick` starts it in a new assessment. The assessment is an
 * ordinary one (same store, same files); only which questions are asked differs.
 */
export function QuickPath({ idSegment, view }: { idSegment: string | undefined; view: string | undefined }) {
  const { t } = useTranslation(['questionnaire', 'instrument', 'questions', 'quick']);
  const exists = useAppStore((s) => (idSegment ? s.assessments[idSegment] !== undefined : false));
  const bilingual = useAppStore((s) => s.preferences.bilingual);
  const other = useOtherLanguage(bilingual);
  // React may run the effect twice (strict mode): one new assessment per visit to `#/assess/quick`.
  const created = useRef<string | null>(null);

  useEffect(() => {
    if (idSegment !== undefined) return;
    created.current ??= appStore.getState().createAssessment();
    navigate(href(['assess', created.current, 'quick']), { replace: true });
  }, [idSegment]);

  useEffect(() => {
    if (!idSegment || !exists) return;
    const s = appStore.getState();
    if (s.currentId !== idSegment) s.setCurrent(idSegment);
  }, [idSegment, exists]);

  if (idSegment === undefined) return <output className="loading">{t('loading')}</output>;
  if (!exists) return <UnknownAssessment />;
  if (view === 'result') return <QuickResult assessmentId={idSegment} />;
  return (
    <div className={other ? 'questionnaire quick bilingual' : 'questionnaire quick'}>
      <div className="q-top">
        <BilingualToggle />
      </div>
      <QuickStep key={idSegment} assessmentId={idSegment} other={other} />
    </div>
  );
}
