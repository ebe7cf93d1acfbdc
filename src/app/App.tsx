import { Suspense } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { StorageNotice } from '@/features/settings/StorageNotice';
import { UpdatePrompt } from '@/features/settings/UpdatePrompt';
import { useRoute } from '@/lib/router/hash-route';
import { Header } from './Header';
import { NotFound } from './NotFound';
import { ROUTES } from './routes';
import { useLanguageSync } from './use-language-sync';

function PageFallback() {
  const { t } = useTranslation();
  return <output className="loading">{t('app.loading')}</output>;
}

function BrokenPage() {
  const { t } = useTranslation();
  return (
    <div className="notice warning" role="alert">
      <h2>{t('errors.boundaryTitle')}</h2>
      <p>{t('errors.boundaryBody')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </div>
  );
}

function Shell() {
  const { t } = useTranslation();
  const route = useRoute();
  const area = route.segments[0] ?? '';
  const Page = ROUTES[area] ?? NotFound;
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <Header area={area} />
      <main id="main" tabIndex={-1}>
        <UpdatePrompt />
        <StorageNotice />
        <ErrorBoundary fallback={<BrokenPage />} resetKey={area}>
          <Suspense fallback={<PageFallback />}>
            <Page />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('app.privacyFooter')}</p>
      </footer>
    </>
  );
}

/** The whole app: i18n, language sync and the routed shell. */
export function App({ i18n }: { i18n: I18n }) {
  useLanguageSync(i18n);
  return (
    <I18nextProvider i18n={i18n}>
      <Shell />
    </I18nextProvider>
  );
}
