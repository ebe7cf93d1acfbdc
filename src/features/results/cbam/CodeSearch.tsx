import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CbamCodeRow } from '@/domain/cbam/cbam-code-schema';
import { searchCbamCodes } from '@/domain/cbam/search-codes';
import { CBAM, formatCnCode } from './cbam-data';
import type { CodeNames } from './use-code-names';

interface Props {
  names: CodeNames;
  onChoose: (code: string) => void;
}

/**
 * Finds a CN code by code or by name in either language: a search box with a list of result buttons below it.
 * Down arrow moves from the box into the list, up and down arrows through it, Escape back to the box; Enter or a
 * click chooses. The number of matches is announced politely.
 */
export function CodeSearch({ names, onChoose }: Props) {
  const { t } = useTranslation('cbam');
  const id = useId();
  const ids = { input: `${id}-q`, hint: `${id}-h` };
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const results = useMemo(() => (query.trim() ? searchCbamCodes(query, CBAM.codes, names.all) : []), [query, names.all]);
  const searching = query.trim() !== '';

  const buttons = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  const choose = (row: CbamCodeRow) => {
    onChoose(row.code);
    setQuery('');
    input.current?.focus();
  };
  const onBoxKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && results.length > 0) {
      e.preventDefault();
      buttons()[0]?.focus();
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };
  const onResultKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const all = buttons();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = i + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.current?.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      input.current?.focus();
    }
  };

  return (
    <div className="cbam-field cbam-search">
      <label htmlFor={ids.input}>{t('product.searchLabel')}</label>
      <input
        ref={input}
        id={ids.input}
        type="search"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={ids.hint}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onBoxKey}
      />
      <p id={ids.hint} className="cbam-hint">
        {t('product.searchHint')}
      </p>
      {results.length > 0 && (
        <ul ref={list} className="cbam-options" aria-label={t('product.searchLabel')}>
          {results.map((row, i) => (
            <li key={row.code}>
              <button type="button" onClick={() => choose(row)} onKeyDown={(e) => onResultKey(e, i)}>
                <span className="cbam-option-code">{formatCnCode(row.code)}</span>{' '}
                <span className="cbam-option-name">{names.current[row.code]}</span>{' '}
                <span className={row.covered ? 'cbam-tag covered' : 'cbam-tag'}>{t(row.covered ? 'product.covered' : 'product.notCovered')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="sr-only" aria-live="polite">
        {searching ? (results.length ? t('product.results', { count: results.length }) : t('product.noResults')) : ''}
      </p>
      {searching && results.length === 0 && <p className="cbam-hint">{t('product.noResults')}</p>}
    </div>
  );
}
