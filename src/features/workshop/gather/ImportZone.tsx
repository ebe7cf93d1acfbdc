import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS } from '@/domain/exchange/exchange-format';
import { JsonFileDrop } from '@/components/ui/JsonFileDrop';
import { formatMegabytes } from '@/lib/user-text';

/** Many files at once, by the file picker (keyboard, touch) or by dropping them on the zone (mouse). */
export function ImportZone({ busy, onFiles }: { busy: boolean; onFiles: (files: File[]) => void }) {
  const { t, i18n } = useTranslation('workshop');
  return (
    <JsonFileDrop
      busy={busy}
      onFiles={onFiles}
      hint={t('gather.hint', { limit: formatMegabytes(i18n.language, IMPORT_LIMITS.maxBytes) })}
      dropHint={t('gather.dropHere')}
      chooseLabel={t('gather.choose')}
    />
  );
}
