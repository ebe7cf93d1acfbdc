import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postponeUpdate, updateStore, useNeedRefresh } from '@/lib/pwa/update-state';

/**
 * Offers the new version once it is installed. The user decides when to reload, so nothing
 * changes under them mid-answer; answers are saved on every change, so reloading loses none.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const needRefresh = useNeedRefresh();
  const [updating, setUpdating] = useState(false);
  if (!needRefresh) return null;

  const update = () => {
    setUpdating(true);
    void updateStore.getState().applyUpdate();
  };

  return (
    <div className="notices">
      <div className="notice">
        <p>
          {/* A live region: screen readers announce the new version without moving focus. */}
          <output>
            <strong>{t('pwa.updateReady')}</strong> {t('pwa.answersSafe')}
          </output>
        </p>
        <div className="actions">
          <button type="button" className="button primary" onClick={update} disabled={updating}>
            {t('pwa.reload')}
          </button>
          <button type="button" className="button quiet" onClick={postponeUpdate}>
            {t('pwa.later')}
          </button>
        </div>
      </div>
    </div>
  );
}
