import { useMutation } from '@apollo/client/react';
import { Button, FormError } from '@village/ui';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorField, humanErrorMessage } from '../../errors/utils/graphql-error';
import { useFormFields } from '../../forms/hooks/useFormFields';
import { checkNewPassword } from '../../forms/utils/validation';
import { ResetPasswordMutation } from '../graphql/password.mutations';
import { NewPasswordField } from './NewPasswordField';
import { useSessionChanged } from '../hooks/useSessionChanged';

/**
 * A new password for the account the emailed token belongs to. Resetting ends every session, this
 * browser's too, so the person then signs in with the new password.
 */
export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [resetPassword, { loading }] = useMutation(ResetPasswordMutation);
  const { values, bind, report, reportForm, formError, attachFormError } = useFormFields({
    newPassword: '',
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { newPassword } = values;
    const problem = checkNewPassword(newPassword);
    if (report({ newPassword: problem && t(problem) })) return;
    try {
      await resetPassword({ variables: { input: { token, newPassword } } });
    } catch (error) {
      reportForm(
        errorField(error) === 'token' ? (
          <>
            <p>{t('resetPassword.expired')}</p>
            <p>
              <Link to="/forgot-password">{t('resetPassword.askAgain')}</Link>
            </p>
          </>
        ) : (
          <p>{humanErrorMessage(error, t)}</p>
        ),
      );
      return;
    }
    await sessionChanged();
    void navigate('/sign-in', { replace: true, state: { notice: 'passwordReset' } });
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {formError ? <FormError ref={attachFormError}>{formError}</FormError> : null}
      <NewPasswordField {...bind('newPassword')} />
      <div className="form__actions">
        <Button type="submit" disabled={loading} aria-busy={loading || undefined}>
          {loading ? t('resetPassword.submitting') : t('resetPassword.submit')}
        </Button>
      </div>
    </form>
  );
}
