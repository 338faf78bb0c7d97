import { useMutation } from '@apollo/client/react';
import { Button, FormError, Notice, TextField } from '@village/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorField, humanErrorMessage } from '../../errors/utils/graphql-error';
import { useFormFields } from '../../forms/hooks/useFormFields';
import { checkNewPassword, checkPasswordGiven } from '../../forms/utils/validation';
import { AccountQuery } from '../graphql/account.query';
import { ChangePasswordMutation } from '../graphql/password.mutations';
import { NewPasswordField } from './NewPasswordField';

/** Changing the password keeps this device signed in and signs every other one out. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation, {
    // The other sessions have ended: the list on the account page asks again.
    refetchQueries: [AccountQuery],
  });
  const [done, setDone] = useState(false);
  const { values, bind, reset, report, reportForm, formError, attachFormError } = useFormFields({
    currentPassword: '',
    newPassword: '',
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const currentProblem = checkPasswordGiven(values.currentPassword);
    const newProblem = checkNewPassword(values.newPassword);
    if (
      report({
        currentPassword: currentProblem && t(currentProblem),
        newPassword: newProblem && t(newProblem),
      })
    )
      return;
    try {
      await changePassword({ variables: { input: values } });
    } catch (error) {
      if (errorField(error) === 'currentPassword')
        report({ currentPassword: t('changePassword.wrongCurrent') });
      else reportForm(<p>{humanErrorMessage(error, t)}</p>);
      return;
    }
    reset();
    setDone(true);
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <Notice>{done ? t('changePassword.done') : null}</Notice>
      {formError ? <FormError ref={attachFormError}>{formError}</FormError> : null}
      <TextField
        label={t('changePassword.current')}
        type="password"
        autoComplete="current-password"
        {...bind('currentPassword')}
      />
      <NewPasswordField {...bind('newPassword')} />
      <div className="form__actions">
        <Button type="submit" disabled={loading} aria-busy={loading || undefined}>
          {loading ? t('changePassword.submitting') : t('changePassword.submit')}
        </Button>
      </div>
    </form>
  );
}
