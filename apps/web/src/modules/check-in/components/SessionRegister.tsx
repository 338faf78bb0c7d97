import { useMutation, useQuery } from '@apollo/client/react';
import { LoadingState, Notice } from '@village/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { humanErrorMessage } from '../../errors/utils/graphql-error';
import { QueryError } from '../../errors/components/QueryError';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import {
  MarkAttendedMutation,
  SessionRegisterQuery,
  SetHeadcountMutation,
} from '../graphql/register';
import { CheckInCodePanel } from './CheckInCodePanel';
import { HeadcountStepper } from './HeadcountStepper';
import '../check-in.css';

type Save =
  | { state: 'saving'; attended: boolean }
  | { state: 'saved' }
  | { state: 'failed'; message: string };

/**
 * One date's register, phone first: a big tick box per named person, the people who did not share
 * their name as a count, the head count and the code. Ticks show at once, say "Saving…" until the
 * API answers, and go back (saying why) if it refuses.
 */
export function SessionRegister({ sessionId, occursOn }: { sessionId: string; occursOn: string }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  const variables = { sessionId, occursOn };
  const { data, loading, error, refetch } = useQuery(SessionRegisterQuery, { variables });
  const [markAttended] = useMutation(MarkAttendedMutation);
  const [setHeadcount] = useMutation(SetHeadcountMutation);
  const [saves, setSaves] = useState<Record<string, Save>>({});
  const [guestSave, setGuestSave] = useState<Save | null>(null);
  const register = data?.sessionRegister;

  if (loading && !data) return <LoadingState label={t('checkIn.register.loading')} />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!register) return null;

  const tick = async (personId: string, attended: boolean) => {
    setSaves((all) => ({ ...all, [personId]: { state: 'saving', attended } }));
    try {
      await markAttended({ variables: { ...variables, personId, attended } });
      setSaves((all) => ({ ...all, [personId]: { state: 'saved' } }));
    } catch (failure) {
      setSaves((all) => ({
        ...all,
        [personId]: { state: 'failed', message: humanErrorMessage(failure, t) },
      }));
    }
  };

  const saveGuests = async (guests: number) => {
    setGuestSave({ state: 'saving', attended: false });
    try {
      await setHeadcount({ variables: { ...variables, guests } });
      setGuestSave({ state: 'saved' });
    } catch (failure) {
      setGuestSave({ state: 'failed', message: humanErrorMessage(failure, t) });
    }
  };

  const statusOf = (save: Save | null | undefined) =>
    save?.state === 'saving'
      ? t('checkIn.register.saving')
      : save?.state === 'saved'
        ? t('checkIn.register.saved')
        : null;

  return (
    <div className="register">
      <header className="page-header">
        <h1>{t('checkIn.register.title', { session: register.sessionTitle })}</h1>
        <p className="lead">{format.dayAndTimeRange(register.startsAt, register.endsAt)}</p>
        <p>
          <Link to={`/sessions/${sessionId}`}>{t('checkIn.register.back')}</Link>
        </p>
      </header>
      {register.editable ? null : (
        <p className="register__closed" role="note">
          {new Date() < new Date(register.editableFrom)
            ? t('checkIn.register.notYet', { time: format.dateTime(register.editableFrom) })
            : t('checkIn.register.closed')}
        </p>
      )}

      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('checkIn.register.whoIsHere')}</h2>
        {register.people.length === 0 ? (
          <p>{t('checkIn.register.nobodyNamed')}</p>
        ) : (
          <ul className="register__people">
            {register.people.map((person) => {
              const save = saves[person.personId];
              const checked = save?.state === 'saving' ? save.attended : person.attended;
              const statusId = `${headingId}-${person.personId}`;
              return (
                <li key={person.personId} className="register__person">
                  <label className="register__tick">
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={!register.editable}
                      aria-describedby={statusId}
                      onChange={(event) => void tick(person.personId, event.target.checked)}
                    />
                    <span dir="auto" className="register__name">
                      {person.displayName}
                    </span>
                  </label>
                  <span id={statusId} className="register__status">
                    {person.waiting ? <span>{t('checkIn.register.waiting')} </span> : null}
                    {person.recordedHow === 'SELF' ? (
                      <span>{t('checkIn.register.selfCheckedIn')} </span>
                    ) : null}
                    {save?.state === 'failed' ? (
                      <span className="ui-field__error" role="alert">
                        {t('checkIn.register.notSaved', { reason: save.message })}
                      </span>
                    ) : (
                      <span role="status">{statusOf(save)}</span>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {register.unnamedGoing > 0 ? (
          <p>{t('checkIn.register.unnamedGoing', { count: register.unnamedGoing })}</p>
        ) : null}
        {register.unnamedCheckedIn > 0 ? (
          <p>{t('checkIn.register.unnamedCheckedIn', { count: register.unnamedCheckedIn })}</p>
        ) : null}
      </section>

      <HeadcountStepper
        guests={register.guests}
        disabled={!register.editable}
        onSave={saveGuests}
        status={statusOf(guestSave)}
        error={
          guestSave?.state === 'failed'
            ? t('checkIn.register.notSaved', { reason: guestSave.message })
            : null
        }
      />
      <p className="register__total">
        <strong>{t('checkIn.register.total', { count: register.total })}</strong>
      </p>
      <Notice />
      {register.editable ? <CheckInCodePanel sessionId={sessionId} occursOn={occursOn} /> : null}
    </div>
  );
}
