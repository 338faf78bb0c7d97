import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, FormError } from '@village/ui';
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { humanErrorMessage } from '../../errors/utils/graphql-error';
import { useFormFields } from '../../forms/hooks/useFormFields';
import { checkEmail, checkNewPassword } from '../../forms/utils/validation';
import { DisplayNameField, ProfileDetailsFields } from '../../profile/components/ProfileFields';
import {
  checkProfile,
  emptyProfileDraft,
  profileFields,
  profileInputFrom,
  type ProfileDraft,
  type ProfileField,
} from '../../profile/utils/profile-draft';
import { SignUpMutation } from '../graphql/sign-in.mutations';
import { ViewerQuery } from '../graphql/viewer.query';
import { useSessionChanged } from '../hooks/useSessionChanged';
import { NewPasswordField } from './NewPasswordField';
import { EmailField } from './EmailField';

/**
 * A name, an email and a password; the rest (languages, rough area, family) is optional and can
 * come later. A new account shares nothing: the person lands on the privacy page to choose.
 */
export function SignUpForm({ today = new Date() }: { today?: Date }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const sessionChanged = useSessionChanged();
  const optionalHeadingId = useId();
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const [profile, setProfile] = useState<ProfileDraft>(emptyProfileDraft);
  const [, ...lifeStageFields] = profileFields(profile);
  const { values, bind, errors, register, clear, report, reportForm, formError, attachFormError } =
    useFormFields<'email' | 'password', ProfileField>({ email: '', password: '' }, [
      'displayName',
      'email',
      'password',
      ...lifeStageFields,
    ]);
  const changeProfile = useCallback(
    (changes: Partial<ProfileDraft>) => setProfile((current) => ({ ...current, ...changes })),
    [],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const email = values.email.trim();
    const problems = Object.entries({
      ...checkProfile(profile, today),
      email: checkEmail(email),
      password: checkNewPassword(values.password),
    }).map(([field, key]) => [field, key && t(key)]);
    if (report(Object.fromEntries(problems))) return;

    try {
      await signUp({
        variables: {
          input: {
            email,
            password: values.password,
            profile: profileInputFrom(profile, 'create'),
          },
        },
      });
    } catch (error) {
      reportForm(<p>{humanErrorMessage(error, t)}</p>);
      return;
    }
    await sessionChanged();
    // The API answers a taken email as it answers a new one, without signing anyone in, so that
    // nobody can learn who has an account; the owner gets an email. Only the session tells: the
    // reset above has already asked who is signed in for the header, so this reads the cache.
    const { data } = await client.query({ query: ViewerQuery });
    if (!data?.me) {
      reportForm(<p>{t('signUp.notSignedIn')}</p>);
      return;
    }
    void navigate('/privacy', { replace: true, state: { notice: 'welcome' } });
  }

  const profileProps = { draft: profile, onChange: changeProfile, errors, register, clear };
  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {formError ? <FormError ref={attachFormError}>{formError}</FormError> : null}
      <DisplayNameField {...profileProps} />
      <EmailField hint={t('signUp.emailHint')} {...bind('email')} />
      <NewPasswordField label={t('account.password')} {...bind('password')} />

      <section className="form__section" aria-labelledby={optionalHeadingId}>
        <h2 id={optionalHeadingId}>{t('signUp.optionalHeading')}</h2>
        <p className="form__section-intro">{t('signUp.optionalIntro')}</p>
        <ProfileDetailsFields {...profileProps} />
      </section>

      <p className="form__note">{t('signUp.privacyNote')}</p>
      <div className="form__actions">
        <Button type="submit" disabled={loading} aria-busy={loading || undefined}>
          {loading ? t('signUp.submitting') : t('signUp.submit')}
        </Button>
      </div>
    </form>
  );
}
