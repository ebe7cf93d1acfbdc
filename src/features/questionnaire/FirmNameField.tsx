import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS } from '@/domain/exchange/exchange-format';
import { useAppStore } from '@/lib/store/use-app-store';

/**
 * The firm's name at the top of the profile: optional, saved as it is typed to the assessment's name
 * (the same field "My assessments → Rename" edits), with where it goes said beside it.
 */
export function FirmNameField({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation('questionnaire');
  const stored = useAppStore((s) => s.assessments[assessmentId]?.name ?? '');
  const rename = useAppStore((s) => s.rename);
  // What is typed, spaces included; the store keeps it trimmed. Renamed elsewhere (another tab,
  // "My assessments"), the field shows that name.
  const [typed, setTyped] = useState(stored);
  const value = typed.trim() === stored ? typed : stored;
  const id = useId();

  return (
    <div className="firm-name">
      <label htmlFor={`${id}-name`}>{t('firmName.label')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('firmName.hint', { limit: IMPORT_LIMITS.maxNameLength })}
      </p>
      <input
        id={`${id}-name`}
        type="text"
        dir="auto"
        className="text-input user-text"
        autoComplete="organization"
        maxLength={IMPORT_LIMITS.maxNameLength}
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(e) => {
          setTyped(e.target.value);
          // maxLength stops typing past the limit; a longer pasted name is cut as Rename cuts it.
          const name = e.target.value.trim().slice(0, IMPORT_LIMITS.maxNameLength);
          if (name !== stored) rename(assessmentId, name);
        }}
      />
    </div>
  );
}
