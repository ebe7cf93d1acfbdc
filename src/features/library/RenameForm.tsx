import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS } from '@/domain/exchange/exchange-format';

interface Props {
  name: string;
  onSave: (name: string) => void;
  onCancel: () => void;
}

/** Inline form to name (or un-name) an assessment; the firm name is optional for anonymous workshop use. */
export function RenameForm({ name, onSave, onCancel }: Props) {
  const { t } = useTranslation('library');
  const [value, setValue] = useState(name);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  return (
    <form
      className="rename-form"
      onSubmit={(e) => {
        e.preventDefault();
        // maxLength stops typing past the limit; a longer name kept from elsewhere is cut on saving.
        onSave(value.trim().slice(0, IMPORT_LIMITS.maxNameLength));
      }}
    >
      <label htmlFor={`${id}-name`}>{t('rename.label')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('rename.hint', { limit: IMPORT_LIMITS.maxNameLength })}
      </p>
      <input
        ref={input}
        id={`${id}-name`}
        type="text"
        dir="auto"
        className="text-input user-text"
        autoComplete="organization"
        maxLength={IMPORT_LIMITS.maxNameLength}
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      <div className="actions">
        <button type="submit" className="button primary">
          {t('rename.save')}
        </button>
        <button type="button" className="button quiet" onClick={onCancel}>
          {t('rename.cancel')}
        </button>
      </div>
    </form>
  );
}
