import { useMutation, useQuery } from '@apollo/client/react';
import { Button, EmptyState, LoadingState, Notice } from '@village/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from '../../errors/components/ActionError';
import { QueryError } from '../../errors/components/QueryError';
import { BlockedPeopleQuery, UnblockPersonMutation } from '../graphql/safety.graphql';

/** The people I have blocked, each with "Unblock"; the outcome is announced and focus stays near. */
export function BlockedPeople() {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [unblocked, setUnblocked] = useState('');
  const { data, loading, error, refetch } = useQuery(BlockedPeopleQuery);
  const [unblock, unblocking] = useMutation(UnblockPersonMutation, {
    refetchQueries: [BlockedPeopleQuery],
    awaitRefetchQueries: true,
  });

  let content;
  if (loading && !data) content = <LoadingState label={t('safety.blocked.loading')} />;
  else if (error && !data) content = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!data?.blockedPeople.length)
    content = <EmptyState>{t('safety.blocked.none')}</EmptyState>;
  else
    content = (
      <ul className="blocked-list">
        {data.blockedPeople.map((person) => (
          <li key={person.id} className="blocked-list__item">
            <bdi>{person.displayName}</bdi>
            <Button
              variant="secondary"
              aria-label={t('safety.blocked.unblockNamed', { name: person.displayName })}
              aria-busy={unblocking.loading || undefined}
              onClick={() => {
                if (unblocking.loading) return;
                void unblock({ variables: { personId: person.id } }).then(
                  () => {
                    setUnblocked(t('safety.blocked.done', { name: person.displayName }));
                    // The button is gone with the row: the section's heading keeps the place.
                    heading.current?.focus();
                  },
                  () => undefined,
                );
              }}
            >
              {t('safety.blocked.unblock')}
            </Button>
          </li>
        ))}
      </ul>
    );

  return (
    <section className="privacy-choice" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('safety.blocked.heading')}
      </h2>
      <p>{t('safety.blocked.intro')}</p>
      <Notice>{unblocked}</Notice>
      {content}
      <ActionError error={unblocking.error} />
    </section>
  );
}
