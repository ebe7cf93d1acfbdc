import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { instrumentText } from '@/lib/i18n/instrument-text';
import type { Language } from '@/lib/i18n/languages';
import { evidenceLine } from '../evidence-text';
import { InLanguages } from '../InLanguages';
import type { NotedAnswer } from '../report-data';
import { wordGap } from '../typography';

function NotesHead({ lng }: { lng: Language }) {
  const { t } = useTranslation('report', { lng });
  return (
    <>
      <h2>{t('notes.title')}</h2>
      <p className="rp-note">{t('notes.intro')}</p>
    </>
  );
}

function NotedLine({ lng, item }: { lng: Language; item: NotedAnswer }) {
  const { t, i18n } = useTranslation(['report', 'results', 'instrument', 'questions'], { lng });
  const text = useMemo(() => instrumentText(i18n, lng), [i18n, lng]);
  return (
    <p className="rp-noted-answer">
      <span className="rp-noted-section">{t('colon', { label: text.section(item.section) })}</span>
      {wordGap(lng)}
      {evidenceLine(item.answer, t, text)}
    </p>
  );
}

/**
 * The notes the user wrote, each beside its question and answer (in each report language); the note
 * itself once, as written, whatever the report's languages.
 */
export function NotesReport({ notes, langs }: { notes: NotedAnswer[]; langs: Language[] }) {
  const { t } = useTranslation('report');
  const label = langs.map((lng) => t('notes.note', { lng })).join(' / ');
  return (
    <section className="rp-section rp-notes">
      <InLanguages langs={langs}>{(lng) => <NotesHead lng={lng} />}</InLanguages>
      <ul className="rp-noted">
        {notes.map((item) => (
          <li key={item.questionId} className="rp-noted-item" data-question={item.questionId}>
            <InLanguages langs={langs}>{(lng) => <NotedLine lng={lng} item={item} />}</InLanguages>
            <p className="rp-user-note">
              <span className="rp-label">{label}</span>{' '}
              <span className="user-text" dir="auto">
                {item.note}
              </span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
