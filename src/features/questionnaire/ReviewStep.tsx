import { useTranslation } from 'react-i18next';
import { SECTIONS } from '@/domain/instrument/vocabulary';
import { PageTitle } from '@/components/ui/PageTitle';
import { instrument } from '@/content/instrument/index';
import { href } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';
import { answersIn, questionIndex, statsOf } from './answer-stats';
import { asTextFn, questionText, sectionTitle } from './instrument-text';
import type { OtherLanguage } from './use-other-language';
import { UpgradeReview } from './UpgradeReview';
import { formatNumber, formatPercent } from '@/lib/format';

/**
 * The last step: what is still open (not answered, or "don't know"), section by section, each
 * item a link straight to its question; then the way to the results.
 */
export function ReviewStep({ assessmentId, other }: { assessmentId: string; other: OtherLanguage | null }) {
  const { t: rawT, i18n } = useTranslation(['questionnaire', 'instrument', 'questions']);
  const t = asTextFn(rawT);
  const lng = i18n.language;
  const stats = useAppStore((s) => statsOf(answersIn(s, assessmentId)));
  const { completeness } = stats;
  const groups = SECTIONS.map((section) => ({ section, open: stats.sections[section].open })).filter((g) => g.open.length);
  const n = (x: number) => formatNumber(lng, x);

  return (
    <div className="review stack">
      <PageTitle>{t('review.title')}</PageTitle>
      <p className="lead">
        {t('review.summary', {
          answered: n(completeness.answered),
          total: n(completeness.total),
          dontKnow: n(completeness.dontKnow),
          unanswered: n(completeness.unanswered),
        })}
      </p>
      <UpgradeReview assessmentId={assessmentId} />
      {!completeness.complete && <p className="notice warning">{t('review.provisional', { share: formatPercent(lng, instrument.minAnsweredShare) })}</p>}
      {groups.length === 0 ? (
        <p className="notice done">{t('review.allAnswered')}</p>
      ) : (
        <>
          <h2 className="review-heading">{t('review.openTitle')}</h2>
          {groups.map(({ section, open }) => (
            <section key={section} className="review-group" aria-labelledby={`review-${section}`}>
              <h3 id={`review-${section}`}>
                {sectionTitle(t, section)}
                {other && (
                  <span className="alt" lang={other.lng}>
                    {sectionTitle(other.t, section)}
                  </span>
                )}
              </h3>
              <ul>
                {open.map(({ id, status }) => {
                  const q = questionIndex.byId.get(id)!;
                  return (
                    <li key={id}>
                      <a href={href(['assess', assessmentId, section], { q: id })}>{questionText(t, q)}</a>
                      <span className={`badge ${status}`}>{t(`review.status.${status}`)}</span>
                      {other && (
                        <span className="alt" lang={other.lng}>
                          {questionText(other.t, q)}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </>
      )}
      <div className="actions">
        <a className="button primary" href={href(['results', assessmentId])}>
          {t('review.toResults')}
        </a>
      </div>
    </div>
  );
}
