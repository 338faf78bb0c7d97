import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrganises } from '../hooks/useOrganises';

/** On a group's page, for its organisers: start a new session of the group. */
export function OrganiserSessionLinks({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const { organises } = useOrganises(groupId);
  if (!organises) return null;
  return (
    <p className="organiser-links">
      <Link className="ui-button ui-button--secondary" to={`/groups/${groupId}/sessions/new`}>
        {t('publish.newSession')}
      </Link>
    </p>
  );
}
