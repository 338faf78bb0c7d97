import { useMutation } from '@apollo/client/react';
import { Button, FormError, TextAreaField } from '@village/ui';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaiseSafeguardingConcernInput } from '../../../gql/graphql';
import { errorField, humanErrorMessage } from '../../errors/utils/graphql-error';
import { useFormFields } from '../../forms/hooks/useFormFields';
import {
  MySafeguardingConcernsQuery,
  RaiseSafeguardingConcernMutation,
} from '../graphql/safety.graphql';
import { CONCERN_MAX_LENGTH, CONCERN_MIN_LENGTH } from '../utils/safety-labels';

export interface RaiseConcernFormProps {
  /** What the concern is about, when it was raised from a post or a conversation. */
  about: Omit<RaiseSafeguardingConcernInput, 'concern'>;
  /** Says what it is about ("About the post “Pram”"), when it is about something. */
  aboutLabel?: string | null;
}

/**
 * A safeguarding concern, for the safeguarding lead: the words make plain it does not go to the
 * moderators, and what to do when someone is in danger now. Once sent, the form gives way to a
 * focused confirmation; "My concerns" shows where it stands.
 */
export function RaiseConcernForm({ about, aboutLabel }: RaiseConcernFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [sent, setSent] = useState(false);
  const done = useRef<HTMLDivElement>(null);
  const { values, bind, reset, report, reportForm, formError, attachFormError } = useFormFields({
    concern: '',
  });
  const [raise, { loading }] = useMutation(RaiseSafeguardingConcernMutation, {
    refetchQueries: [MySafeguardingConcernsQuery],
  });

  useEffect(() => {
    if (sent) done.current?.focus();
  }, [sent]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    const concern = values.concern.trim();
    if (
      report({ concern: concern.length < CONCERN_MIN_LENGTH ? t('safety.concern.tooShort') : null })
    )
      return;
    try {
      await raise({ variables: { input: { ...about, concern } } });
    } catch (error) {
      if (errorField(error) === 'concern') report({ concern: t('safety.concern.tooShort') });
      else reportForm(<p>{humanErrorMessage(error, t)}</p>);
      return;
    }
    reset();
    setSent(true);
  }

  return (
    <section className="page-section safety-concern" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('safety.concern.heading')}</h2>
      <div className="safety-concern__who">
        <p>
          <strong>{t('safety.concern.goesToLead')}</strong>
        </p>
        <p>{t('safety.concern.notModerators')}</p>
        <p>{t('safety.concern.emergency')}</p>
      </div>
      {sent ? (
        <div ref={done} tabIndex={-1} role="status" className="safety-outcome">
          <p>{t('safety.concern.sent')}</p>
          <Button variant="secondary" onClick={() => setSent(false)}>
            {t('safety.concern.another')}
          </Button>
        </div>
      ) : (
        <form className="form" noValidate onSubmit={(event) => void submit(event)}>
          {aboutLabel ? <p className="form__note">{aboutLabel}</p> : null}
          {formError ? <FormError ref={attachFormError}>{formError}</FormError> : null}
          <TextAreaField
            label={t('safety.concern.label')}
            hint={t('safety.concern.hint')}
            rows={6}
            minLength={CONCERN_MIN_LENGTH}
            maxLength={CONCERN_MAX_LENGTH}
            dir="auto"
            {...bind('concern')}
          />
          <div className="form__actions">
            <Button
              type="submit"
              aria-disabled={loading || undefined}
              aria-busy={loading || undefined}
            >
              {loading ? t('safety.concern.sending') : t('safety.concern.send')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
