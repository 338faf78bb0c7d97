import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../account/hooks/useViewer';

/** "Start a group", for people signed in (anyone may; they become its first organiser). */
export function StartGroupLink() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <p>
      <Link className="button-link" to="/groups/new">
        {t('organise.startGroup')}
      </Link>
    </p>
  );
}
