import { useTranslation } from 'react-i18next';
import type { Answers } from '@/domain/assessment/assessment';
import type { Contribution } from '@/domain/scoring/result-types';
import { formatNumber } from '@/lib/format';
import { EvidenceList } from './EvidenceList';

/** Each answer behind a figure and the points it added (on the figure's 0–100 scale). */
export function ContributionList({ contributions, answers }: { contributions: Contribution[]; answers: Answers }) {
  const { t, i18n } = useTranslation('results');
  return (
    <table className="contributions">
      <caption className="sr-only">{t('profile.contributionHeader')}</caption>
      <tbody>
        {contributions.map((c) => {
          const value = c.status === 'answered' ? answers[c.questionId]?.value : undefined;
          return (
            <tr key={c.questionId}>
              <td>
                <EvidenceList evidence={[value === undefined ? { questionId: c.questionId, status: c.status } : { questionId: c.questionId, status: c.status, value }]} />
              </td>
              <td className="num">{t('profile.points', { points: formatNumber(i18n.language, c.points, 1) })}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
