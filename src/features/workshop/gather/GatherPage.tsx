import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirmFigures } from '@/domain/cohort/firm-figures';
import type { StoredCohort } from '@/lib/cohort-storage/stored-cohort';
import { cohortStore } from '../cohort-store';
import { DeviceAssessments } from './DeviceAssessments';
import { ImportReport } from './ImportReport';
import { ImportZone } from './ImportZone';
import { ScanSection } from '../scan/ScanSection';
import { MemberList } from './MemberList';
import { useCohortImport } from './use-cohort-import';

function RenameCohort({ cohort }: { cohort: StoredCohort }) {
  const { t } = useTranslation('workshop');
  const [name, setName] = useState(cohort.name);
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = name.trim().slice(0, 200);
    if (clean) cohortStore().getState().update(cohort.id, (c) => ({ ...c, name: clean }), Date.now());
  };
  return (
    <form className="rename-cohort" onSubmit={submit}>
      <label htmlFor={`${id}-n`}>{t('rename.label')}</label>
      <input id={`${id}-n`} type="text" dir="auto" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="button quiet">
        {t('rename.save')}
      </button>
    </form>
  );
}

/** Gathering the room's results: many files at once, assessments from this computer, the list of firms. */
export function GatherPage({ cohort, figures }: { cohort: StoredCohort; figures: FirmFigures[] | null }) {
  const { t } = useTranslation('workshop');
  const { progress, summary, importFiles, addFromDevice } = useCohortImport(cohort.id);
  const inCohort = useMemo(() => new Set(cohort.members.map((m) => m.assessment.id)), [cohort.members]);
  return (
    <div className="stack gather">
      <ScanSection cohortId={cohort.id} />
      <section className="card stack" aria-labelledby="import-title">
        <h2 id="import-title">{t('gather.importTitle')}</h2>
        <ImportZone busy={progress !== null} onFiles={(files) => void importFiles(files)} />
        <div className="import-progress">
          {progress && (
            <>
              <progress max={progress.total} value={progress.done} aria-labelledby="import-progress-text" />{' '}
              <span id="import-progress-text">{t('gather.reading', progress)}</span>
            </>
          )}
        </div>
        <ImportReport summary={summary} />
      </section>
      <DeviceAssessments inCohort={inCohort} onAdd={addFromDevice} />
      <MemberList cohort={cohort} figures={figures} />
      <RenameCohort cohort={cohort} />
    </div>
  );
}
