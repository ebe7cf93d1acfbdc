import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '@/lib/download';
import { discardSetAside, listSetAside, setAsideFileText, type SetAsideItem } from '@/lib/store/set-aside';
import { formatDateTime } from '@/lib/format';
import { clipLabel } from '@/lib/user-text';

/** Saves one set-aside item as a file that says what it is (see `setAsideFileText`). */
function download(item: SetAsideItem, now = Date.now()) {
  const day = new Date(item.at ?? now).toISOString().slice(0, 10);
  downloadText(`chuhai-set-aside-${day}-${item.key.slice(-6).replace(/[^0-9a-z]/gi, '')}.json`, setAsideFileText(item, now));
}

/**
 * Saved data that could not be read (one assessment, or the whole saved state), kept aside in this
 * browser: shown here on every visit until the user downloads it as a file and discards it.
 */
export function SetAsideNotice() {
  const { t, i18n } = useTranslation('library');
  const titleId = useId();
  const [items, setItems] = useState<SetAsideItem[]>(() => listSetAside());
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  // The Discard button gives way to the question: focus goes to its safe answer.
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);
  if (items.length === 0) return status ? <output className="set-aside-status">{status}</output> : null;

  const labelOf = (item: SetAsideItem) => {
    const date = item.at !== null ? formatDateTime(i18n.language, item.at) : t('setAside.unknownDate');
    if (item.what === 'state') return t('setAside.state', { date });
    return item.name ? t('setAside.assessment', { name: clipLabel(item.name, 100), date }) : t('setAside.anonymous', { date });
  };

  const discard = (item: SetAsideItem) => {
    discardSetAside(item.key);
    const left = listSetAside();
    setItems(left);
    setConfirming(null);
    setStatus(t('setAside.discarded', { label: labelOf(item) }));
    heading.current?.focus();
  };

  return (
    <section className="set-aside notice warning stack" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t('setAside.title')}
      </h2>
      <p>{t('setAside.body', { count: items.length })}</p>
      <ul className="set-aside-list">
        {items.map((item) => (
          <li key={item.key}>
            <p className="user-text">{labelOf(item)}</p>
            {confirming === item.key ? (
              <div className="actions">
                <span id={`${titleId}-confirm`}>{t('setAside.confirm')}</span>
                <button type="button" className="button" aria-describedby={`${titleId}-confirm`} onClick={() => discard(item)}>
                  {t('setAside.discardForGood')}
                </button>
                <button ref={keepButton} type="button" className="button quiet" onClick={() => setConfirming(null)}>
                  {t('setAside.keep')}
                </button>
              </div>
            ) : (
              <div className="actions">
                <button type="button" className="button" onClick={() => download(item)}>
                  {t('setAside.download')}
                  <span className="sr-only"> {labelOf(item)}</span>
                </button>
                <button type="button" className="button quiet" onClick={() => setConfirming(item.key)}>
                  {t('setAside.discard')}
                  <span className="sr-only"> {labelOf(item)}</span>
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {status && <output className="set-aside-status">{status}</output>}
    </section>
  );
}
