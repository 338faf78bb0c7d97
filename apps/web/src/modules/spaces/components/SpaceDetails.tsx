import { EmptyState, Facts, TagList } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceQuery } from '../../../gql/graphql';
import { DirectionsLink } from '../../map/components/DirectionsLink';
import { SessionCard } from '../../sessions/components/SessionCard';
import { OpeningHours } from './OpeningHours';

type Space = SpaceQuery['space'];

export function SpaceDetails({ space }: { space: Space }) {
  const { t } = useTranslation();
  const hoursHeadingId = useId();
  const sessionsHeadingId = useId();
  const address = [space.address, space.postcode].filter(Boolean).join(', ');

  return (
    <>
      <header className="page-header">
        <h1 dir="auto">{space.name}</h1>
        <TagList label={t('space.kind')} items={[t(`spaceKind.${space.kind}`)]} />
      </header>
      <Facts
        items={[
          {
            term: t('space.address'),
            details: (
              <>
                {address ? <bdi>{address}</bdi> : null} <DirectionsLink {...space} />
              </>
            ),
          },
          {
            term: t('space.accessibility'),
            wide: true,
            details: space.accessibility.length ? (
              <TagList
                label={t('space.accessibility')}
                tone="calm"
                items={space.accessibility.map((feature) => t(`accessibilityFeature.${feature}`))}
              />
            ) : (
              t('space.noAccessibility')
            ),
          },
        ]}
      />
      <section className="page-section" aria-labelledby={hoursHeadingId}>
        <h2 id={hoursHeadingId}>{t('space.openingHours')}</h2>
        <OpeningHours periods={space.openingHours} />
      </section>
      <section className="page-section" aria-labelledby={sessionsHeadingId}>
        <h2 id={sessionsHeadingId}>{t('space.sessionsHeading')}</h2>
        {space.sessions.length ? (
          <ul className="stack-list">
            {space.sessions.map(({ group, ...session }) => (
              <li key={session.id}>
                <SessionCard session={session} group={group} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('space.noSessions')}</EmptyState>
        )}
      </section>
    </>
  );
}
