import { EmptyState, Facts, TagList } from '@village/ui';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupQuery } from '../../../gql/graphql';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { SessionCard } from '../../sessions/components/SessionCard';
import { sessionsByNextDate } from '../utils/sessions-by-next-date';
import { websiteLink } from '../utils/website';
import { AddToCalendar } from './AddToCalendar';

type Group = GroupQuery['group'];

/** A group's public page: what it is, `children` (joining), and its sessions soonest first. */
export function GroupDetails({ group, children }: { group: Group; children?: ReactNode }) {
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
        {group.archivedAt ? <p className="ui-state">{t('organise.archived')}</p> : null}
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
      {children}
      <section className="page-section" aria-labelledby={sessionsHeadingId}>
        <h2 id={sessionsHeadingId}>{t('group.sessionsHeading')}</h2>
        {group.sessions.length ? (
          <AddToCalendar icalUrl={group.icalUrl} name={group.name} scope="group" />
        ) : null}
        {group.sessions.length ? (
          <ul className="stack-list">
            {sessionsByNextDate(group.sessions).map(({ space, icalUrl, ...session }) => (
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
