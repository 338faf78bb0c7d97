import { useMutation } from '@apollo/client/react';
import { Button, FormError, SelectField, TextAreaField, TextField } from '@village/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorField, humanErrorMessage } from '../../errors/utils/graphql-error';
import { useFormErrors } from '../../forms/hooks/useFormErrors';
import { LanguagesField } from '../../profile/components/LanguagesField';
import { CreateSessionMutation, UpdateSessionMutation } from '../graphql/publish.graphql';
import { ageRangeLabel } from '../utils/age-range';
import { firstDateFor, isoWeekday, monthWeekOf } from '../utils/recurrence-builder';
import {
  AGE_CHOICES,
  API_FIELDS,
  ruleOf,
  SESSION_FIELD_ORDER,
  sessionProblems,
  toSessionInput,
  type SessionDraft,
  type SessionField,
} from '../utils/session-draft';
import { RepeatField } from './RepeatField';
import { SpaceField } from './SpaceField';

export interface SessionFormProps {
  /** The draft to start from: empty for a new session, the session's own when editing. */
  initial: SessionDraft;
  /** A new session of this group, or changes to this session. */
  target: { groupId: string } | { sessionId: string };
  /** When the date preview starts (now, unless a test says). */
  now?: Date;
}

type TextKey =
  'title' | 'description' | 'cost' | 'capacity' | 'durationMinutes' | 'startDate' | 'startTime';

/** A session's details, its repeat (with a preview of the next dates) and its space. */
export function SessionForm({ initial, target, now }: SessionFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const { errors, register, clear, report, reportForm, formError, attachFormError } =
    useFormErrors(SESSION_FIELD_ORDER);
  const [createSession, creating] = useMutation(CreateSessionMutation);
  const [updateSession, updating] = useMutation(UpdateSessionMutation);
  const busy = creating.loading || updating.loading;

  const change = <K extends keyof SessionDraft>(field: K, value: SessionDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    if ((SESSION_FIELD_ORDER as readonly string[]).includes(field)) clear(field as SessionField);
  };
  const text = (field: TextKey) => ({
    ref: register(field),
    value: draft[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
  });
  // A stored age the list does not offer is offered too, so editing keeps it.
  const ageMonths = [
    ...new Set([...AGE_CHOICES, Number(draft.minAgeMonths), Number(draft.maxAgeMonths)]),
  ].sort((a, b) => a - b);
  const ages = ageMonths.map((months) => ({
    value: String(months),
    label: months < 0 ? t('age.pregnancy') : t('publish.ageMonths', { count: months }),
  }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = sessionProblems(draft);
    const worded = Object.fromEntries(
      Object.entries(problems).map(([field, key]) => [field, t(key as 'publish.errors.title')]),
    );
    if (report(worded)) return;
    // The first date must be one of the dates the repeat gives.
    const startDate = draft.keptRule
      ? draft.startDate
      : firstDateFor(draft.repeat, draft.startDate);
    const input = toSessionInput({ ...draft, startDate });
    try {
      if ('groupId' in target) {
        const { data } = await createSession({
          variables: { input: { ...input, groupId: target.groupId } },
        });
        if (data) void navigate(`/sessions/${data.createSession.id}`);
      } else {
        const { data } = await updateSession({
          variables: { id: target.sessionId, input },
        });
        if (data) void navigate(`/sessions/${target.sessionId}`);
      }
    } catch (failure) {
      const field = API_FIELDS[errorField(failure) ?? ''];
      const message = humanErrorMessage(failure, t);
      if (field) report({ [field]: message });
      else reportForm(<p>{message}</p>);
    }
  }

  const minAge = Number(draft.minAgeMonths);
  const maxAge = Number(draft.maxAgeMonths);
  return (
    <form className="form session-form" noValidate onSubmit={(event) => void submit(event)}>
      {formError ? <FormError ref={attachFormError}>{formError}</FormError> : null}
      <TextField label={t('publish.title')} maxLength={120} dir="auto" {...text('title')} />
      <TextAreaField
        label={t('publish.description')}
        hint={t('publish.descriptionHint')}
        rows={4}
        dir="auto"
        {...text('description')}
      />
      <fieldset className="ui-choices">
        <legend>{t('publish.ages')}</legend>
        <SelectField
          ref={register('minAgeMonths')}
          label={t('publish.minAge')}
          value={draft.minAgeMonths}
          error={errors.minAgeMonths}
          options={ages}
          onChange={(value) => change('minAgeMonths', value)}
        />
        <SelectField
          ref={register('maxAgeMonths')}
          label={t('publish.maxAge')}
          value={draft.maxAgeMonths}
          error={errors.maxAgeMonths}
          options={ages}
          onChange={(value) => change('maxAgeMonths', value)}
        />
        {minAge <= maxAge ? <p className="field-hint">{ageRangeLabel(minAge, maxAge, t)}</p> : null}
      </fieldset>
      <LanguagesField
        legend={t('publish.languages')}
        values={draft.languages}
        onChange={(languages) => change('languages', languages)}
      />
      <TextField
        label={t('publish.cost')}
        hint={t('publish.costHint')}
        inputMode="decimal"
        inputClassName="ui-field__input--short"
        {...text('cost')}
      />
      <TextField
        label={t('publish.capacity')}
        hint={t('publish.capacityHint')}
        type="number"
        inputMode="numeric"
        min={1}
        inputClassName="ui-field__input--short"
        {...text('capacity')}
      />
      <TextField
        label={t('publish.startDate')}
        type="date"
        inputClassName="ui-field__input--short"
        {...text('startDate')}
        onChange={(event) => {
          const startDate = event.target.value;
          // The repeat follows the first date's weekday (and week of the month) until changed.
          setDraft((current) => ({
            ...current,
            startDate,
            repeat: /^\d{4}-\d{2}-\d{2}$/.test(startDate)
              ? { ...current.repeat, weekday: isoWeekday(startDate), nth: monthWeekOf(startDate) }
              : current.repeat,
          }));
          clear('startDate');
        }}
      />
      <TextField
        label={t('publish.startTime')}
        type="time"
        inputClassName="ui-field__input--short"
        {...text('startTime')}
      />
      <TextField
        label={t('publish.duration')}
        type="number"
        inputMode="numeric"
        min={5}
        max={720}
        inputClassName="ui-field__input--short"
        {...text('durationMinutes')}
      />
      <RepeatField
        ref={register('recurrence')}
        choices={draft.repeat}
        keptRule={draft.keptRule}
        rule={ruleOf(draft)}
        startDate={draft.keptRule ? draft.startDate : firstDateFor(draft.repeat, draft.startDate)}
        startTime={draft.startTime}
        durationMinutes={Number(draft.durationMinutes)}
        error={errors.recurrence}
        now={now}
        onChange={(repeat) => {
          setDraft((current) => ({ ...current, repeat, keptRule: null }));
          clear('recurrence');
        }}
      />
      <SpaceField
        ref={register('spaceId')}
        value={draft.spaceId ? { id: draft.spaceId, name: draft.spaceName } : null}
        error={errors.spaceId}
        onChange={(space) => {
          setDraft((current) => ({ ...current, spaceId: space.id, spaceName: space.name }));
          clear('spaceId');
        }}
      />
      <div className="form__actions">
        <Button type="submit" aria-disabled={busy || undefined} aria-busy={busy || undefined}>
          {busy
            ? t('publish.saving')
            : 'groupId' in target
              ? t('publish.create')
              : t('publish.save')}
        </Button>
      </div>
    </form>
  );
}
