import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HelpBoard } from '../../modules/help/components/HelpBoard';

export function HelpPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('help.title') })}</title>
      <header className="page-header">
        <h1>{t('help.title')}</h1>
        <p className="lead">{t('help.intro')}</p>
        <p className="section-actions">
          <Link className="button-link" to="/help/new">
            {t('help.newPost')}
          </Link>
          <Link to="/help/mine">{t('help.mine')}</Link>
        </p>
      </header>
      <HelpBoard />
    </>
  );
}
