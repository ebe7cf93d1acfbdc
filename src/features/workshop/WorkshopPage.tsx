import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from '@/lib/router/hash-route';
import { CohortListPage } from './CohortListPage';
import { CohortPage } from './CohortPage';
import { cohortStore, useCohorts } from './cohort-store';
import './workshop.css';

/**
 * Workshop mode: `#/workshop` lists the cohorts kept in this browser; `#/workshop/<id>` is a cohort's
 * dashboard, `#/workshop/<id>/firms` its firms, `#/workshop/<id>/firm/<assessmentId>` one firm beside the
 * cohort, and `#/workshop/<id>/<view>` one dashboard view in projector mode.
 */
export default function WorkshopPage() {
  const { t } = useTranslation('workshop');
  const route = useRoute();
  const status = useCohorts((s) => s.status);
  useEffect(() => {
    void cohortStore().getState().load();
  }, []);
  const [, cohortId, view, sub] = route.segments;
  if (status !== 'ready') return <output className="loading">{t('loading')}</output>;
  if (!cohortId) return <CohortListPage />;
  return <CohortPage id={cohortId} view={view} sub={sub} />;
}
