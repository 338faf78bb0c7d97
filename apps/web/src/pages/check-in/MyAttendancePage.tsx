import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { MyAttendanceList } from '../../modules/check-in/components/MyAttendanceList';

/** `/attendance`: the dates I was at, which only I see. */
export function MyAttendancePage() {
  const { t } = useTranslation();
  return (
    <div className="narrow-page">
      <title>{t('app.pageTitle', { page: t('checkIn.mine.title') })}</title>
      <header className="page-header">
        <h1>{t('checkIn.mine.title')}</h1>
        <p className="lead">{t('checkIn.mine.whoSees')}</p>
      </header>
      <RequireSignIn>
        <MyAttendanceList />
      </RequireSignIn>
    </div>
  );
}
