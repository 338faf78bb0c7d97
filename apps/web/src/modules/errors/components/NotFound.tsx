import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The whole content of a page that does not exist: the unknown address, or a group or place that has gone. */
export function NotFound({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="not-found">
      <title>{t('app.pageTitle', { page: t('notFound.title') })}</title>
      <h1>{t('notFound.title')}</h1>
      <p className="lead">{message}</p>
      <p>
        <Link className="button-link" to="/">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
