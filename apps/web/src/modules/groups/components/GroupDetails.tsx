import { EmptyState, Facts, TagList } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupQuery } from '../../../gql/graphql';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { SessionCard } from '../../sessions/components/SessionCard';
import { websiteLink } from '../utils/website';
import { AddToCalendar } from './AddToCalendar';

type Group = GroupQuery['group'];

export function GroupDetails({ group }: { group: Group }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const sessionsHeadingId = useId();
  const website = websiteLink(group.website);

  return (
    <>
      <header className="page-header">
        <h1 dir="auto">{group.name}</h1>
        <TagList label={t('home.groups.filterLabel')} items={[t(`groupKind.${group.kind}`)]} />
        <p className="card-meta">{t('group.members', { count: group.memberCount })}</p>
      </header>
      {group.description ? (
        <p className="lead" dir="auto">
          {group.description}
        </p>
      ) : null}
      <Facts
        items={[
          {
            term: t('group.languages'),
            details: format.list(group.languages.map(format.languageName)),
          },
          ...(website
            ? [{ term: t('group.website'), details: <a href={website.href}>{website.label}</a> }]
            : []),
        ]}
      />
      <section className="page-section" aria-labelledby={sessionsHeadingId}>
        <h2 id={sessionsHeadingId}>{t('group.sessionsHeading')}</h2>
        {group.sessions.length ? (
          <AddToCalendar icalUrl={group.icalUrl} name={group.name} scope="group" />
        ) : null}
        {group.sessions.length ? (
          <ul className="stack-list">
            {group.sessions.map(({ space, icalUrl, ...session }) => (
              <li key={session.id}>
                <SessionCard session={session} space={space} />
                <AddToCalendar icalUrl={icalUrl} name={session.title} scope="session" />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('group.noSessions')}</EmptyState>
        )}
      </section>
    </>
  );
}
