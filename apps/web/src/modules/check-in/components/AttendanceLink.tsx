import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** On the privacy page: where my attendance is, and who sees it. */
export function AttendanceLink() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="privacy-choice" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('checkIn.mine.title')}</h2>
      <p>{t('checkIn.mine.whoSees')}</p>
      <p>
        <Link to="/attendance">{t('checkIn.mine.open')}</Link>
      </p>
    </section>
  );
}
