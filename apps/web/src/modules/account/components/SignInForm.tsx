import { useMutation } from '@apollo/client/react';
import { Button, FormError, TextField } from '@village/ui';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormFields } from '../../forms/hooks/useFormFields';
import { checkEmail, checkPasswordGiven } from '../../forms/utils/validation';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { SignInMutation } from '../graphql/sign-in.mutations';
import { useSessionChanged } from '../hooks/useSessionChanged';
import { signInErrorMessage } from '../utils/auth-errors';
import { EmailField } from './EmailField';

/** Email and password; on success the whole app asks again as the signed-in person, then goes on. */
export function SignInForm({ next }: { next: string }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const { values, bind, report, reportForm, formError, attachFormError } = useFormFields({
    email: '',
    password: '',
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const email = values.email.trim();
    const emailProblem = checkEmail(email);
    const passwordProblem = checkPasswordGiven(values.password);
    if (
      report({
        email: emailProblem && t(emailProblem),
        password: passwordProblem && t(passwordProblem),
      })
    )
      return;
    try {
      await signIn({ variables: { input: { email, password: values.password } } });
    } catch (error) {
      reportForm(<p>{signInErrorMessage(error, t, format.time)}</p>);
      return;
    }
    await sessionChanged();
    void navigate(next, { replace: true });
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {formError ? <FormError ref={attachFormError}>{formError}</FormError> : null}
      <EmailField {...bind('email')} />
      <TextField
        label={t('account.password')}
        type="password"
        autoComplete="current-password"
        {...bind('password')}
      />
      <p>
        <Link to="/forgot-password">{t('signIn.forgotPassword')}</Link>
      </p>
      <div className="form__actions">
        <Button type="submit" disabled={loading} aria-busy={loading || undefined}>
          {loading ? t('signIn.submitting') : t('signIn.submit')}
        </Button>
      </div>
    </form>
  );
}
