import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/features/settings/LanguageSwitch';
import { NAV_AREAS } from './routes';

/** Product name, navigation to every area, and the language switch: on every screen. */
export function Header({ area }: { area: string }) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="header-inner">
        <a className="brand" href="#/">
          <span className="brand-mark" aria-hidden="true">
            出
          </span>
          <span className="brand-name">{t('app.fullName')}</span>
        </a>
        <LanguageSwitch />
      </div>
      <nav aria-label={t('nav.label')} className="main-nav">
        <ul>
          {NAV_AREAS.map((a) => (
            <li key={a.segment}>
              <a href={`#/${a.segment}`} aria-current={a.segment === area ? 'page' : undefined}>
                {t(a.labelKey)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
