import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '@/components/ui/ComingSoon';
import { StartPage } from '@/features/start/StartPage';

/** The main areas, in navigation order; `segment` is the first part of the hash path. */
export const NAV_AREAS = [
  { segment: '', labelKey: 'nav.start' },
  { segment: 'assess', labelKey: 'nav.assess' },
  { segment: 'results', labelKey: 'nav.results' },
  { segment: 'assessments', labelKey: 'nav.assessments' },
  { segment: 'workshop', labelKey: 'nav.workshop' },
  { segment: 'about', labelKey: 'nav.about' },
] as const;

export type AreaSegment = (typeof NAV_AREAS)[number]['segment'];

const AboutPage = lazy(() => import('@/features/about/AboutPage'));

function Coming({ labelKey }: { labelKey: (typeof NAV_AREAS)[number]['labelKey'] }) {
  const { t } = useTranslation();
  return <ComingSoon area={t(labelKey)} />;
}

/** Every screen but the start page is its own chunk, loaded when first visited. */
export const ROUTES: Record<string, ComponentType | LazyExoticComponent<ComponentType>> = {
  '': StartPage,
  about: AboutPage,
  assess: () => <Coming labelKey="nav.assess" />,
  results: () => <Coming labelKey="nav.results" />,
  assessments: () => <Coming labelKey="nav.assessments" />,
  workshop: () => <Coming labelKey="nav.workshop" />,
};
