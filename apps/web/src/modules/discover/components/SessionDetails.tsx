import { Facts, TagList } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionQuery } from '../../../gql/graphql';
import { AddToCalendar } from '../../groups/components/AddToCalendar';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { NextDates } from '../../sessions/components/NextDates';
import { RepeatsInWords } from '../../sessions/components/RepeatsInWords';
import { ageRangeLabel } from '../../sessions/utils/age-range';
import { DirectionsLink } from '../../map/components/DirectionsLink';
import { AccessibilityChips } from './AccessibilityChips';

type Session = SessionQuery['session'];

/** One session: who it is for, where, when, in which languages, its access, and calendar links. */
export function SessionDetails({ session }: { session: Session }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const datesHeadingId = useId();
  const { space, group } = session;
  const address = [space.address, space.postcode].filter(Boolean).join(', ');

  return (
    <>
      <header className="page-header">
        <h1 dir="auto">{session.title}</h1>
        <TagList label={t('home.groups.filterLabel')} items={[t(`groupKind.${group.kind}`)]} />
        {session.description ? (
          <p className="lead" dir="auto">
            {session.description}
          </p>
        ) : null}
      </header>
      <Facts
        items={[
          {
            term: t('session.runBy'),
            details: (
              <Link to={`/groups/${group.id}`}>
                <bdi>{group.name}</bdi>
              </Link>
            ),
          },
          {
            term: t('session.place'),
            details: (
              <>
                <Link to={`/spaces/${space.id}`}>
                  <bdi>{space.name}</bdi>
                </Link>
                {address ? (
                  <span className="postcode">
                    <bdi>{address}</bdi>
                  </span>
                ) : null}{' '}
                <DirectionsLink {...space} />
              </>
            ),
          },
          {
            term: t('session.ages'),
            details: ageRangeLabel(session.minAgeMonths, session.maxAgeMonths, t),
          },
          { term: t('session.cost'), details: format.cost(session.costPence) },
          {
            term: t('session.languages'),
            details: format.list(session.languages.map(format.languageName)),
          },
          ...(session.capacity
            ? [{ term: t('session.capacity'), details: format.number(session.capacity) }]
            : []),
          {
            term: t('space.accessibility'),
            wide: true,
            details: <AccessibilityChips features={space.accessibility} />,
          },
        ]}
      />
      <section className="page-section" aria-labelledby={datesHeadingId}>
        <h2 id={datesHeadingId}>{t('session.nextDates')}</h2>
        <RepeatsInWords rule={session.recurrence} startDate={session.startDate} />
        <NextDates starts={session.nextOccurrences} durationMinutes={session.durationMinutes} />
        <AddToCalendar icalUrl={session.icalUrl} name={session.title} scope="session" />
        <AddToCalendar icalUrl={group.icalUrl} name={group.name} scope="group" />
      </section>
      <p>
        <Link to="/discover">{t('discover.backToSearch')}</Link>
      </p>
    </>
  );
}
