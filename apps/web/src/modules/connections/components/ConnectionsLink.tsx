import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** On the privacy page: where my connections are, and who sees them. */
export function ConnectionsLink() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="privacy-choice" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('connections.title')}</h2>
      <p>{t('connections.whoSees')}</p>
      <p>
        <Link to="/account/connections">{t('connections.open')}</Link>
      </p>
    </section>
  );
}
