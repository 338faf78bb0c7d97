import { useMutation } from '@apollo/client/react';
import { Button, FormError, TextField } from '@village/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSessionChanged } from '../../account/hooks/useSessionChanged';
import { errorField, humanErrorMessage } from '../../errors/utils/graphql-error';
import { useFocusOnToggle } from '../../forms/hooks/useFocusOnToggle';
import { useFormFields } from '../../forms/hooks/useFormFields';
import { checkPasswordGiven } from '../../forms/utils/validation';
import { DeleteMyAccountMutation } from '../graphql/data-rights.mutations';

/**
 * Erasing the account, in two steps: first what it means (what goes, what stays without a name),
 * then the password to confirm. Afterwards this browser is signed out and goes home.
 */
export function DeleteAccount() {
  const { t } = useTranslation();
  const headingId = useId();
  const confirmHeadingId = useId();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [deleteMyAccount, { loading }] = useMutation(DeleteMyAccountMutation);
  const [confirming, setConfirming] = useState(false);
  const { values, bind, reset, report, reportForm, formError, attachFormError } = useFormFields({
    password: '',
  });
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  // Opening the confirmation moves focus to its heading; cancelling returns it to the button.
  useFocusOnToggle(confirming, confirmHeading, startButton);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { password } = values;
    const problem = checkPasswordGiven(password);
    if (report({ password: problem && t(problem) })) return;
    try {
      await deleteMyAccount({ variables: { password } });
    } catch (error) {
      if (errorField(error) === 'password') report({ password: t('privacy.delete.wrongPassword') });
      else reportForm(<p>{humanErrorMessage(error, t)}</p>);
      return;
    }
    void navigate('/', { replace: true, state: { notice: 'accountDeleted' } });
    await sessionChanged();
  }

  return (
    <section className="privacy-choice privacy-choice--danger" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('privacy.delete.heading')}</h2>
      <p>{t('privacy.delete.intro')}</p>
      {!confirming ? (
        <Button ref={startButton} variant="secondary" onClick={() => setConfirming(true)}>
          {t('privacy.delete.start')}
        </Button>
      ) : (
        <form
          className="form form--boxed"
          noValidate
          aria-labelledby={confirmHeadingId}
          onSubmit={(event) => void submit(event)}
        >
          <h3 id={confirmHeadingId} ref={confirmHeading} tabIndex={-1}>
            {t('privacy.delete.confirmHeading')}
          </h3>
          <div className="form__group">
            <h4>{t('privacy.delete.removedHeading')}</h4>
            <ul>
              <li>{t('privacy.delete.removed.account')}</li>
              <li>{t('privacy.delete.removed.profile')}</li>
              <li>{t('privacy.delete.removed.groups')}</li>
              <li>{t('privacy.delete.removed.consents')}</li>
              <li>{t('privacy.delete.removed.posts')}</li>
            </ul>
          </div>
          <div className="form__group">
            <h4>{t('privacy.delete.staysHeading')}</h4>
            <ul>
              <li>{t('privacy.delete.stays.history')}</li>
              <li>{t('privacy.delete.stays.log')}</li>
              <li>{t('privacy.delete.stays.concerns')}</li>
            </ul>
          </div>
          <p>
            <strong>{t('privacy.delete.final')}</strong>
          </p>
          {formError ? <FormError ref={attachFormError}>{formError}</FormError> : null}
          <TextField
            label={t('privacy.delete.password')}
            type="password"
            autoComplete="current-password"
            {...bind('password')}
          />
          <div className="form__actions">
            <Button
              type="submit"
              variant="danger"
              disabled={loading}
              aria-busy={loading || undefined}
            >
              {loading ? t('privacy.delete.deleting') : t('privacy.delete.confirm')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                reset();
                setConfirming(false);
              }}
            >
              {t('privacy.delete.cancel')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
