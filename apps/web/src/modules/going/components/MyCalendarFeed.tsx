import { useMutation, useQuery } from '@apollo/client/react';
import { Button, LoadingState, TextField } from '@village/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from '../../errors/components/ActionError';
import { QueryError } from '../../errors/components/QueryError';
import {
  EndMyCalendarFeedMutation,
  MyCalendarFeedQuery,
  NewMyCalendarFeedMutation,
} from '../graphql/going.graphql';

/** My private calendar address (saved sessions and the dates I'm going to): make, replace, end. */
export function MyCalendarFeed() {
  const { t } = useTranslation();
  const [address, setAddress] = useState<string | null>(null);
  const [ended, setEnded] = useState(false);
  const { data, loading, error, refetch } = useQuery(MyCalendarFeedQuery);
  const refresh = { refetchQueries: ['GoingMyCalendarFeed'], awaitRefetchQueries: true };
  const [create, creating] = useMutation(NewMyCalendarFeedMutation, refresh);
  const [end, ending] = useMutation(EndMyCalendarFeedMutation, refresh);
  if (loading && !data) return <LoadingState label={t('going.calendar.loading')} />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const has = data?.me?.hasCalendarFeed ?? false;
  const busy = creating.loading || ending.loading;
  const make = () =>
    void create().then(
      ({ data: made }) => {
        setAddress(made?.newMyCalendarFeed ?? null);
        setEnded(false);
      },
      () => undefined,
    );
  return (
    <>
      <p>{t('going.calendar.explained')}</p>
      <p role="status">{ended ? t('going.calendar.ended') : ''}</p>
      {address ? (
        <>
          <TextField
            label={t('going.calendar.address')}
            hint={t('going.calendar.addressHint')}
            type="url"
            inputClassName="going-feed__address"
            readOnly
            value={address}
            onFocus={(event) => event.target.select()}
          />
          <p>
            <a href={address.replace(/^https?:/, 'webcal:')}>{t('going.calendar.subscribe')}</a>
          </p>
        </>
      ) : (
        <p>{has ? t('going.calendar.has') : t('going.calendar.none')}</p>
      )}
      <div className="section-actions">
        <Button variant={has ? 'secondary' : 'primary'} disabled={busy} onClick={make}>
          {has ? t('going.calendar.replace') : t('going.calendar.create')}
        </Button>
        {has ? (
          <Button
            variant="danger"
            disabled={busy}
            onClick={() =>
              void end().then(
                () => {
                  setAddress(null);
                  setEnded(true);
                },
                () => undefined,
              )
            }
          >
            {t('going.calendar.end')}
          </Button>
        ) : null}
      </div>
      <ActionError error={creating.error ?? ending.error} />
    </>
  );
}
