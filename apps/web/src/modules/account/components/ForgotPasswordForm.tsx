import { useMutation } from '@apollo/client/react';
import { Button, FormError, Notice } from '@village/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { humanErrorMessage } from '../../errors/utils/graphql-error';
import { useFormFields } from '../../forms/hooks/useFormFields';
import { checkEmail } from '../../forms/utils/validation';
import { RequestPasswordResetMutation } from '../graphql/password.mutations';
import { EmailField } from './EmailField';

/**
 * Asks for a reset link. The answer is the same whether or not the email has an account, so the
 * page says "if there is an account" rather than revealing who uses Village.
 */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const [requestReset, { loading }] = useMutation(RequestPasswordResetMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { values, bind, report, reportForm, formError, attachFormError } = useFormFields({
    email: '',
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const email = values.email.trim();
    const problem = checkEmail(email);
    if (report({ email: problem && t(problem) })) return;
    try {
      await requestReset({ variables: { email } });
      setSentTo(email);
    } catch (error) {
      reportForm(<p>{humanErrorMessage(error, t)}</p>);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <Notice>{sentTo ? t('forgotPassword.sent', { email: sentTo }) : null}</Notice>
      {formError ? <FormError ref={attachFormError}>{formError}</FormError> : null}
      <EmailField {...bind('email')} />
      <div className="form__actions">
        <Button type="submit" disabled={loading} aria-busy={loading || undefined}>
          {loading
            ? t('forgotPassword.submitting')
            : sentTo
              ? t('forgotPassword.sendAgain')
              : t('forgotPassword.submit')}
        </Button>
      </div>
    </form>
  );
}
