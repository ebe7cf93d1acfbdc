import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clipLabel, isolate } from '@/lib/user-text';
import { readQrFromFile } from './read-qr';

/**
 * The fallback when there is no camera, or it may not be used: photos or screenshots of the codes,
 * many at once (a sequence needs one picture of each code). Each code found goes to `onText`, as
 * from the camera; a picture without one is named.
 */
export function PictureInput({ onText }: { onText: (text: string) => void }) {
  const { t } = useTranslation('workshop');
  const id = useId();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [missing, setMissing] = useState<string[]>([]);

  const read = async (files: File[]) => {
    setMissing([]);
    const none: string[] = [];
    for (const [i, file] of files.entries()) {
      setProgress({ done: i, total: files.length });
      const text = await readQrFromFile(file);
      if (text === null) none.push(file.name);
      else onText(text);
    }
    setProgress(null);
    setMissing(none);
  };

  return (
    <section className="scan-pictures" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('scan.picturesTitle')}</h3>
      <p id={`${id}-hint`} className="hint">
        {t('scan.picturesHint')}
      </p>
      <input
        id={`${id}-input`}
        className="file-input"
        type="file"
        accept="image/*"
        multiple
        aria-describedby={`${id}-hint`}
        disabled={progress !== null}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          if (files.length) void read(files);
        }}
      />
      <label htmlFor={`${id}-input`} className="button">
        {t('scan.pictures')}
      </label>
      <div aria-live="polite">
        {progress && <p>{t('scan.readingPictures', { done: progress.done + 1, total: progress.total })}</p>}
        {missing.length > 0 && (
          <ul className="scan-missing">
            {missing.map((name, i) => (
              <li key={i} className="user-text">
                {t('scan.noCodeIn', { file: isolate(clipLabel(name, 80)) })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
