import { useMutation, useQuery } from '@apollo/client/react';
import { Button, EmptyState, LoadingState } from '@village/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { RsvpStatus, type GoingDatesQuery as GoingDatesResult } from '../../../gql/graphql';
import { useViewer } from '../../account/hooks/useViewer';
import { signInPathFor } from '../../account/utils/next-path';
import { ActionError } from '../../errors/components/ActionError';
import { QueryError } from '../../errors/components/QueryError';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import {
  CancelGoingMutation,
  GoingDatesQuery,
  GoingViewerQuery,
  GoToSessionMutation,
} from '../graphql/going.graphql';
import { SaveSessionToggle } from './SaveSessionToggle';
import { SessionAttendees } from './SessionAttendees';
import '../going.css';

type SessionDate = GoingDatesResult['session']['occurrences'][number];

/** After a change, the lists that show it are asked again (dates have no id to update in place). */
const REFRESH = { refetchQueries: ['GoingDates', 'MyUpcomingSessions'], awaitRefetchQueries: true };

interface GoingDateProps {
  sessionId: string;
  date: SessionDate;
  signedIn: boolean;
  shareName: boolean;
  organiser: boolean;
  announce: (message: string) => void;
}

/** One date: its counts, my answer, the button to change it, and for organisers who is coming. */
function GoingDate({ sessionId, date, signedIn, shareName, organiser, announce }: GoingDateProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const [showAttendees, setShowAttendees] = useState(false);
  const [go, going] = useMutation(GoToSessionMutation, REFRESH);
  const [cancel, cancelling] = useMutation(CancelGoingMutation, REFRESH);
  const when = format.dayAndTimeRange(date.startsAt, date.endsAt);
  const day = format.day(date.startsAt);
  const rsvp = date.myRsvp ?? null;
  const full = date.placesLeft === 0;
  const variables = { sessionId, occursOn: date.occursOn };
  const busy = going.loading || cancelling.loading;

  const sayGoing = () =>
    void go({ variables: { ...variables, share: shareName } }).then(
      ({ data }) => {
        const answer = data?.goToSession;
        if (!answer) return;
        announce(
          answer.status === RsvpStatus.Going
            ? t('going.announceGoing', { date: day })
            : t('going.announceWaiting', { date: day, position: answer.waitingPosition ?? 1 }),
        );
      },
      () => undefined,
    );
  const sayNotGoing = () =>
    void cancel({ variables }).then(
      () => announce(t('going.announceCancelled', { date: day })),
      () => undefined,
    );

  return (
    <li className="going-date">
      <p className="going-date__when">{when}</p>
      <p className="going-date__counts">
        {t('going.goingCount', { count: date.goingCount })}
        {date.placesLeft === null
          ? ''
          : ` · ${full ? t('going.full') : t('going.placesLeft', { count: date.placesLeft })}`}
        {date.waitingCount ? ` · ${t('going.waitingCount', { count: date.waitingCount })}` : ''}
      </p>
      {rsvp ? (
        <p className="going-date__mine">
          {rsvp.status === RsvpStatus.Going
            ? t('going.youAreGoing')
            : t('going.youAreWaiting', { position: rsvp.waitingPosition ?? 1 })}{' '}
          {rsvp.nameSharedWithOrganisers ? t('going.nameShared') : t('going.nameNotShared')}
        </p>
      ) : null}
      {signedIn ? (
        <div className="section-actions">
          {rsvp ? (
            <Button
              variant="secondary"
              disabled={busy}
              aria-label={t(
                rsvp.status === RsvpStatus.Going ? 'going.cancelOn' : 'going.leaveWaitingListOn',
                { date: day },
              )}
              onClick={sayNotGoing}
            >
              {rsvp.status === RsvpStatus.Going ? t('going.cancel') : t('going.leaveWaitingList')}
            </Button>
          ) : (
            <Button
              disabled={busy}
              aria-label={t(full ? 'going.joinWaitingListOn' : 'going.goingOn', { date: day })}
              onClick={sayGoing}
            >
              {full ? t('going.joinWaitingList') : t('going.going')}
            </Button>
          )}
          {organiser ? (
            <Button
              variant="secondary"
              aria-expanded={showAttendees}
              aria-label={
                showAttendees ? t('going.hideWhoIsComing') : t('going.whoIsComingOn', { date: day })
              }
              onClick={() => setShowAttendees(!showAttendees)}
            >
              {showAttendees ? t('going.hideWhoIsComing') : t('going.whoIsComing')}
            </Button>
          ) : null}
        </div>
      ) : null}
      <ActionError error={going.error ?? cancelling.error} />
      {organiser && showAttendees ? (
        <SessionAttendees sessionId={sessionId} occursOn={date.occursOn} />
      ) : null}
    </li>
  );
}

/**
 * "I'm going" on a session's page: the next dates with their places, my answer for each, whether
 * the organisers may see my name, and saving the session for later. Changes are announced in a
 * live region. Visitors who are not signed in are told why to sign in.
 */
export function GoingPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const headingId = useId();
  const hintId = useId();
  const { viewer, known } = useViewer();
  const signedIn = viewer !== null;
  const [announcement, setAnnouncement] = useState('');
  const [shareChoice, setShareChoice] = useState<boolean | null>(null);
  const { data, loading, error, refetch } = useQuery(GoingDatesQuery, {
    variables: { id: sessionId, signedIn },
    skip: !known,
  });
  const mine = useQuery(GoingViewerQuery, { skip: !signedIn });
  const dates = data?.session.occurrences ?? [];
  // Until I choose, the choice I made last time on this page's dates.
  const shareName =
    shareChoice ?? dates.some((date) => date.myRsvp?.nameSharedWithOrganisers === true);
  const [changeName, changingName] = useMutation(GoToSessionMutation, REFRESH);
  // Ticking or unticking applies at once to the dates I already answered for, not only to new ones.
  const chooseShare = (share: boolean) => {
    setShareChoice(share);
    const answered = dates.filter(
      (date) => date.myRsvp && date.myRsvp.nameSharedWithOrganisers !== share,
    );
    if (!answered.length) return;
    void Promise.all(
      answered.map((date) =>
        changeName({ variables: { sessionId, occursOn: date.occursOn, share } }),
      ),
    ).then(
      () => setAnnouncement(t(share ? 'going.announceNameShared' : 'going.announceNameHidden')),
      () => undefined,
    );
  };
  const organiser =
    data !== undefined &&
    (mine.data?.me?.organising.some((group) => group.id === data.session.group.id) ?? false);

  return (
    <section className="page-section going-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('going.heading')}</h2>
      <p>{t('going.intro')}</p>
      {known && !signedIn ? (
        <p className="going-panel__sign-in">
          {t('going.signInReason')} <Link to={signInPathFor(pathname)}>{t('going.signIn')}</Link>
        </p>
      ) : null}
      {signedIn ? (
        <>
          <SaveSessionToggle sessionId={sessionId} onChanged={setAnnouncement} />
          <label className="ui-choice going-panel__share">
            <input
              type="checkbox"
              checked={shareName}
              aria-describedby={hintId}
              disabled={changingName.loading}
              onChange={(event) => chooseShare(event.target.checked)}
            />
            <span>{t('going.shareName')}</span>
          </label>
          <ActionError error={changingName.error} />
          <p id={hintId} className="ui-field__hint">
            {t('going.shareNameHint')}
          </p>
        </>
      ) : null}
      <p className="going-panel__status" role="status">
        {announcement}
      </p>
      {!known || (loading && !data) ? (
        <LoadingState label={t('going.loading')} />
      ) : error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : dates.length === 0 ? (
        <EmptyState>{t('going.noDates')}</EmptyState>
      ) : (
        <ul className="plain-list going-dates">
          {dates.map((date) => (
            <GoingDate
              key={date.occursOn}
              sessionId={sessionId}
              date={date}
              signedIn={signedIn}
              shareName={shareName}
              organiser={organiser}
              announce={setAnnouncement}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
