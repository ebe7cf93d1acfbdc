import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui/PageTitle';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body')}</p>
      <p>
        <a href="#/">{t('notFound.home')}</a>
      </p>
    </div>
  );
}
