import { useTranslation } from 'react-i18next';
import { instrument } from '@/content/instrument';
import type { Assessment } from '@/domain/assessment/assessment';
import type { Recommendation } from '@/domain/recommendations/recommendation-types';
import { belowLadder } from '@/domain/scoring/below-ladder';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { PageTitle } from '@/components/ui/PageTitle';
import { formatDate, formatPercent } from '@/lib/format';
import type { Language } from '@/lib/i18n/languages';
import { InLanguages } from '../InLanguages';
import { looseT } from '@/lib/i18n/loose-t';
import type { ReportLanguage } from '../report-language';

interface CoverProps {
  assessment: Pick<Assessment, 'name' | 'updatedAt' | 'answers'>;
  result: ScoreResult;
  plan: Recommendation[];
  choice: ReportLanguage;
  printedAt: number;
}

function Cover({ lng, isTitle, assessment, result, plan, choice, printedAt }: CoverProps & { lng: Language; isTitle: boolean }) {
  const { t, i18n } = useTranslation(['report', 'instrument', 'recommendations'], { lng });
  const ti = looseT(i18n, lng, 'instrument');
  const tr = looseT(i18n, lng, 'recommendations');
  const c = result.completeness;
  const { ladder, model } = result;
  const title = t('cover.title');
  const rung = belowLadder(assessment.answers, ladder)?.kind === 'occasional' ? t('cover.occasional') : ti(`rungs.${ladder.rung}.name`);
  const nextGates = ladder.next ? ladder.gates.filter((g) => g.rung === ladder.next) : [];
  const first = plan[0];
  return (
    <>
      <p className="rp-kicker">{t('cover.kicker')}</p>
      {isTitle ? <PageTitle>{title}</PageTitle> : <p className="page-title">{title}</p>}
      <p className="rp-cover-firm" dir="auto">
        {assessment.name.trim() || t('anonymous')}
      </p>
      {!c.complete && (
        <div className="rp-warning">
          <p className="rp-warning-title">{t('cover.provisionalTitle')}</p>
          <p>
            {t('cover.provisionalBody', {
              answered: c.answered,
              total: c.total,
              threshold: formatPercent(lng, instrument.minAnsweredShare),
            })}
          </p>
        </div>
      )}
      <dl className="rp-facts">
        <dt>{t('cover.reportDate')}</dt>
        <dd>{formatDate(lng, printedAt, 'long')}</dd>
        <dt>{t('cover.updated')}</dt>
        <dd>{formatDate(lng, assessment.updatedAt, 'long')}</dd>
        <dt>{t('cover.version')}</dt>
        <dd>{result.instrumentVersion}</dd>
        <dt>{t('cover.language')}</dt>
        <dd>{t(`cover.languages.${choice}`)}</dd>
        <dt>{t('cover.answered')}</dt>
        <dd>
          {t('cover.answeredValue', { answered: c.answered, total: c.total, share: formatPercent(lng, c.answeredShare), dontKnow: c.dontKnow })}
        </dd>
      </dl>
      <h2 className="rp-glance-title">{t('cover.glance')}</h2>
      <dl className="rp-facts rp-glance">
        <dt>{t('cover.rung')}</dt>
        <dd>{ladder.provisional ? t('cover.rungProvisional', { rung }) : rung}</dd>
        {ladder.next && (
          <>
            <dt>{t('cover.next', { rung: ti(`rungs.${ladder.next}.name`) })}</dt>
            <dd>{t('cover.nextProgress', { passed: nextGates.filter((g) => g.passed).length, total: nextGates.length })}</dd>
          </>
        )}
        <dt>{t('cover.model')}</dt>
        <dd>{t('cover.modelValue', { quadrant: ti(`quadrants.${model.quadrant}.name`), T: Math.round(model.T.value), R: Math.round(model.R.value) })}</dd>
        {first && (
          <>
            <dt>{t('cover.firstAction')}</dt>
            <dd>{tr(first.text.title)}</dd>
          </>
        )}
      </dl>
      <p className="rp-privacy">{t('cover.privacy')}</p>
      <p className="rp-source">{t('cover.source')}</p>
    </>
  );
}

/** The cover, on a page of its own: who, when, which version and language, the result at a glance. */
export function CoverSection({ langs, titleLng, ...props }: CoverProps & { langs: Language[]; titleLng: Language }) {
  return (
    <section className="rp-cover">
      <InLanguages langs={langs}>{(lng) => <Cover lng={lng} isTitle={lng === titleLng} {...props} />}</InLanguages>
    </section>
  );
}
