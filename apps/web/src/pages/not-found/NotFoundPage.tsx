import { useTranslation } from 'react-i18next';
import { NotFound } from '../../modules/errors/components/NotFound';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <NotFound message={t('notFound.body')} />;
}
