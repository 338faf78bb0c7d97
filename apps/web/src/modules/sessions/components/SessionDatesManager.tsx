import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, EmptyState, TextAreaField, TextField } from '@village/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishSessionDateFragment } from '../../../gql/graphql';
import { ActionError } from '../../errors/components/ActionError';
import { ConfirmStep } from '../../forms/components/ConfirmStep';
import { useFocusOnToggle } from '../../forms/hooks/useFocusOnToggle';
import {
  CancelSessionDateMutation,
  ChangeSessionTimeMutation,
  MoveSessionDateMutation,
  RestoreSessionDateMutation,
} from '../graphql/publish.graphql';
import { DateChangeNote } from './DateChangeNote';
import { SessionDateText } from './SessionDateText';

export interface SessionDatesManagerProps {
  sessionId: string;
  dates: readonly PublishSessionDateFragment[];
  startTime: string;
  durationMinutes: number;
}

type Action = 'cancel' | 'move' | 'time';

/** The organiser's list of next dates: call one off with a reason, restore, move, change the time. */
export function SessionDatesManager({
  sessionId,
  dates,
  startTime,
  durationMinutes,
}: SessionDatesManagerProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ occursOn: string; action: Action } | null>(null);
  if (!dates.length) return <EmptyState>{t('publish.dates.empty')}</EmptyState>;
  return (
    <ol className="plain-list session-dates">
      {dates.map((date) => (
        <li
          key={date.occursOn}
          className={date.cancelled ? 'session-date is-cancelled' : 'session-date'}
        >
          <DateRow
            sessionId={sessionId}
            date={date}
            startTime={startTime}
            durationMinutes={durationMinutes}
            open={open?.occursOn === date.occursOn ? open.action : null}
            onOpen={(action) => setOpen(action ? { occursOn: date.occursOn, action } : null)}
          />
        </li>
      ))}
    </ol>
  );
}

interface DateRowProps {
  sessionId: string;
  date: PublishSessionDateFragment;
  startTime: string;
  durationMinutes: number;
  open: Action | null;
  onOpen: (action: Action | null) => void;
}

/**
 * After a date changes: the dates listed here are fetched again, and the session's next dates
 * cached for its page are dropped, so that page asks again rather than show the old ones.
 */
const afterChange = (sessionId: string) => ({
  refetchQueries: ['PublishSessionDates'],
  awaitRefetchQueries: true,
  update(cache: ApolloCache) {
    const id = cache.identify({ __typename: 'Session', id: sessionId });
    cache.evict({ id, fieldName: 'nextOccurrences' });
    cache.evict({ id, fieldName: 'occurrences' });
  },
});

function DateRow({ sessionId, date, startTime, durationMinutes, open, onOpen }: DateRowProps) {
  const { t } = useTranslation();
  const variables = { sessionId, occursOn: date.occursOn };
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [toDate, setToDate] = useState(date.occursOn);
  const [toTime, setToTime] = useState(startTime);
  const [newTime, setNewTime] = useState(startTime);
  const [newDuration, setNewDuration] = useState(String(durationMinutes));
  const [cancel, cancelling] = useMutation(CancelSessionDateMutation, afterChange(sessionId));
  const [restore, restoring] = useMutation(RestoreSessionDateMutation, afterChange(sessionId));
  const [move, moving] = useMutation(MoveSessionDateMutation, afterChange(sessionId));
  const [changeTime, changingTime] = useMutation(ChangeSessionTimeMutation, afterChange(sessionId));
  const opener = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLHeadingElement>(null);
  useFocusOnToggle(open !== null, panel, opener);
  const done = () => onOpen(null);

  const confirmCancel = async () => {
    if (reason.trim().length < 2) {
      setReasonError(t('publish.dates.reasonNeeded'));
      return;
    }
    await cancel({ variables: { ...variables, reason: reason.trim() } }).then(done, () => {});
  };

  return (
    <>
      <p className="session-date__when">
        <SessionDateText date={date} />
      </p>
      <DateChangeNote date={date} />
      {open === null ? (
        <div className="section-actions">
          {date.cancelled || date.movedFrom ? (
            <Button
              variant="secondary"
              aria-busy={restoring.loading || undefined}
              onClick={() => void restore({ variables }).catch(() => {})}
            >
              {t('publish.dates.restore')}
            </Button>
          ) : null}
          {!date.cancelled ? (
            <>
              <Button ref={opener} variant="secondary" onClick={() => onOpen('cancel')}>
                {t('publish.dates.cancel')}
              </Button>
              <Button variant="secondary" onClick={() => onOpen('move')}>
                {t('publish.dates.move')}
              </Button>
              <Button variant="secondary" onClick={() => onOpen('time')}>
                {t('publish.dates.changeTime')}
              </Button>
            </>
          ) : null}
          <ActionError error={restoring.error} />
        </div>
      ) : null}
      {open === 'cancel' ? (
        <ConfirmStep
          question={t('publish.dates.cancelQuestion')}
          showQuestion
          focusRef={panel}
          confirmLabel={t('publish.dates.confirmCancel')}
          cancelLabel={t('publish.dates.keep')}
          busy={cancelling.loading}
          error={cancelling.error}
          onConfirm={() => void confirmCancel()}
          onCancel={done}
        >
          <TextAreaField
            label={t('publish.dates.reason')}
            hint={t('publish.dates.reasonHint')}
            rows={2}
            dir="auto"
            value={reason}
            error={reasonError}
            onChange={(event) => {
              setReason(event.target.value);
              setReasonError(undefined);
            }}
          />
        </ConfirmStep>
      ) : null}
      {open === 'move' ? (
        <div className="date-panel" role="group" aria-labelledby={`move-${date.occursOn}`}>
          <h3 id={`move-${date.occursOn}`} ref={panel} tabIndex={-1}>
            {t('publish.dates.moveHeading')}
          </h3>
          <TextField
            label={t('publish.dates.toDate')}
            type="date"
            value={toDate}
            onChange={(event) => setToDate(event.target.value)}
          />
          <TextField
            label={t('publish.dates.toTime')}
            type="time"
            value={toTime}
            onChange={(event) => setToTime(event.target.value)}
          />
          <div className="section-actions">
            <Button
              aria-busy={moving.loading || undefined}
              onClick={() =>
                void move({ variables: { ...variables, toDate, toTime } }).then(done, () => {})
              }
            >
              {t('publish.dates.confirmMove')}
            </Button>
            <Button variant="secondary" onClick={done}>
              {t('publish.cancel')}
            </Button>
          </div>
          <ActionError error={moving.error} />
        </div>
      ) : null}
      {open === 'time' ? (
        <div className="date-panel" role="group" aria-labelledby={`time-${date.occursOn}`}>
          <h3 id={`time-${date.occursOn}`} ref={panel} tabIndex={-1}>
            {t('publish.dates.timeHeading')}
          </h3>
          <TextField
            label={t('publish.dates.newTime')}
            type="time"
            value={newTime}
            onChange={(event) => setNewTime(event.target.value)}
          />
          <TextField
            label={t('publish.duration')}
            type="number"
            inputMode="numeric"
            min={5}
            max={720}
            value={newDuration}
            onChange={(event) => setNewDuration(event.target.value)}
          />
          <div className="section-actions">
            <Button
              aria-busy={changingTime.loading || undefined}
              onClick={() =>
                void changeTime({
                  variables: {
                    sessionId,
                    fromDate: date.occursOn,
                    startTime: newTime,
                    durationMinutes: Number(newDuration) || null,
                  },
                }).then(done, () => {})
              }
            >
              {t('publish.dates.confirmTime')}
            </Button>
            <Button variant="secondary" onClick={done}>
              {t('publish.cancel')}
            </Button>
          </div>
          <ActionError error={changingTime.error} />
        </div>
      ) : null}
    </>
  );
}
