import { useMutation } from '@apollo/client/react';
import { Button, FormError } from '@village/ui';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountQuery } from '../../../gql/graphql';
import { humanErrorMessage } from '../../errors/utils/graphql-error';
import { WeekdaysField } from '../../forms/components/WeekdaysField';
import { useFormErrors } from '../../forms/hooks/useFormErrors';
import { UpdateMyProfileMutation } from '../graphql/update-profile.mutation';
import {
  checkProfile,
  draftFromPerson,
  profileFields,
  profileInputFrom,
  type ProfileDraft,
} from '../utils/profile-draft';
import { DisplayNameField, ProfileDetailsFields } from './ProfileFields';

type Person = NonNullable<AccountQuery['me']>['person'];

export interface ProfileFormProps {
  person: Person;
  onDone: (saved: boolean) => void;
  today?: Date;
}

/** Changes my own profile; what others may see of it is still decided on the privacy page. */
export function ProfileForm({ person, onDone, today = new Date() }: ProfileFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromPerson(person, today));
  const [updateMyProfile, { loading }] = useMutation(UpdateMyProfileMutation);
  const { errors, formError, attachFormError, report, reportForm, clear, register } = useFormErrors(
    profileFields(draft),
  );
  const change = useCallback(
    (changes: Partial<ProfileDraft>) => setDraft((current) => ({ ...current, ...changes })),
    [],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = Object.fromEntries(
      Object.entries(checkProfile(draft, today)).map(([field, key]) => [field, key && t(key)]),
    );
    if (report(problems)) return;
    try {
      await updateMyProfile({ variables: { input: profileInputFrom(draft, 'update') } });
    } catch (error) {
      reportForm(<p>{humanErrorMessage(error, t)}</p>);
      return;
    }
    onDone(true);
  }

  const fieldProps = {
    draft,
    onChange: change,
    errors: errors,
    register: register,
    clear: clear,
  };
  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {formError ? <FormError ref={attachFormError}>{formError}</FormError> : null}
      <DisplayNameField {...fieldProps} />
      <ProfileDetailsFields {...fieldProps} />
      <WeekdaysField
        legend={t('profile.days.legend')}
        hint={t('profile.days.hint')}
        values={draft.suitableWeekdays}
        onChange={(suitableWeekdays) => change({ suitableWeekdays })}
      />
      <div className="form__actions">
        <Button type="submit" disabled={loading} aria-busy={loading || undefined}>
          {loading ? t('profile.saving') : t('profile.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {t('profile.cancel')}
        </Button>
      </div>
    </form>
  );
}
