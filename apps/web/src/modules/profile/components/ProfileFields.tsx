import { TextField } from '@village/ui';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileFieldsProps } from '../utils/profile-draft';
import { LanguagesField } from './LanguagesField';
import { LifeStageFields } from './LifeStageFields';
import { RoughAreaField } from './RoughAreaField';

/** The name other people see. */
export function DisplayNameField({ draft, onChange, errors, register, clear }: ProfileFieldsProps) {
  const { t } = useTranslation();
  return (
    <TextField
      ref={register('displayName')}
      label={t('profile.displayName')}
      hint={t('profile.displayNameHint')}
      autoComplete="nickname"
      maxLength={80}
      dir="auto"
      value={draft.displayName}
      error={errors.displayName}
      onChange={(event) => {
        onChange({ displayName: event.target.value });
        clear('displayName');
      }}
    />
  );
}

/** Everything optional about a person: languages, rough area, and their family's life stage. */
export function ProfileDetailsFields(props: ProfileFieldsProps) {
  const { draft, onChange } = props;
  // Stable, so a position that arrives after a re-render still lands in the current draft.
  const setAreaCell = useCallback((areaCell: string | null) => onChange({ areaCell }), [onChange]);
  return (
    <>
      <LanguagesField values={draft.languages} onChange={(languages) => onChange({ languages })} />
      <RoughAreaField areaCell={draft.areaCell} onChange={setAreaCell} />
      <LifeStageFields {...props} />
    </>
  );
}
