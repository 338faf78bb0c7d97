import { Card, TagList } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupsQuery } from '../../../gql/graphql';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';

type GroupSummary = GroupsQuery['groups']['edges'][number]['node'];

export function GroupCard({ group }: { group: GroupSummary }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  return (
    <Card className="group-card" labelledBy={headingId}>
      <h3 id={headingId} className="card-title" dir="auto">
        <Link to={`/groups/${group.id}`}>{group.name}</Link>
      </h3>
      <TagList label={t('home.groups.filterLabel')} items={[t(`groupKind.${group.kind}`)]} />
      {group.description ? (
        <p className="card-description card-description--short" dir="auto">
          {group.description}
        </p>
      ) : null}
      <p className="card-meta">
        {t('group.members', { count: group.memberCount })} ·{' '}
        {format.list(group.languages.map(format.languageName))}
      </p>
    </Card>
  );
}
