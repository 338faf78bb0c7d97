import {
  Button,
  CheckboxGroup,
  FormError,
  SelectField,
  TextAreaField,
  TextField,
} from '@village/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorField, humanErrorMessage } from '../../errors/utils/graphql-error';
import { useFormErrors } from '../../forms/hooks/useFormErrors';
import { OpeningHoursField } from './OpeningHoursField';
import {
  ACCESSIBILITY_FEATURES,
  SPACE_FIELD_ORDER,
  SPACE_KINDS,
  spaceProblems,
  type SpaceDraft,
  type SpaceField,
} from '../utils/space-draft';

export interface SpaceFormProps {
  initial: SpaceDraft;
  /** A suggestion also asks why. */
  withNote?: boolean;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  /** Sends the draft; throws the API's error, shown by its field or above the form. */
  onSubmit: (draft: SpaceDraft, note: string) => Promise<void>;
}

/** The API names fields with or without `input.` in front: the form's field is the last part. */
const fieldOfError = (error: unknown): SpaceField | undefined => {
  const name = errorField(error)
    ?.split('.')
    .find((part) => part !== 'input');
  return SPACE_FIELD_ORDER.find((field) => field === name);
};

/** A space's public record: a new space, a steward's edit, or another organiser's suggestion. */
export function SpaceForm({
  initial,
  withNote = false,
  submitLabel,
  busyLabel,
  busy,
  onSubmit,
}: SpaceFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [note, setNote] = useState('');
  const { errors, register, clear, report, reportForm, formError, attachFormError } =
    useFormErrors(SPACE_FIELD_ORDER);
  const change = (field: keyof SpaceDraft, value: SpaceDraft[keyof SpaceDraft]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    if ((SPACE_FIELD_ORDER as readonly string[]).includes(field)) clear(field as SpaceField);
  };
  const text = (field: Exclude<SpaceField, 'kind' | 'openingHours'>) => ({
    ref: register(field),
    value: draft[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = spaceProblems(draft);
    const worded = Object.fromEntries(
      Object.entries(problems).map(([field, key]) => [field, t(key as 'stewards.errors.name')]),
    );
    if (report(worded)) return;
    try {
      await onSubmit(draft, note.trim());
    } catch (error) {
      const field = fieldOfError(error);
      const message = humanErrorMessage(error, t);
      if (field) report({ [field]: message });
      else reportForm(<p>{message}</p>);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {formError ? <FormError ref={attachFormError}>{formError}</FormError> : null}
      <TextField label={t('stewards.form.name')} maxLength={120} dir="auto" {...text('name')} />
      <SelectField
        ref={register('kind')}
        label={t('stewards.form.kind')}
        error={errors.kind}
        value={draft.kind}
        options={[
          { value: '', label: t('stewards.form.chooseKind') },
          ...SPACE_KINDS.map((value) => ({ value, label: t(`spaceKind.${value}`) })),
        ]}
        onChange={(value) => change('kind', value)}
      />
      <TextField
        label={t('stewards.form.address')}
        maxLength={300}
        dir="auto"
        {...text('address')}
      />
      <TextField
        label={t('stewards.form.postcode')}
        maxLength={10}
        inputClassName="ui-field__input--short"
        {...text('postcode')}
      />
      <TextField
        label={t('stewards.form.latitude')}
        hint={t('stewards.form.positionHint')}
        inputMode="decimal"
        inputClassName="ui-field__input--short"
        {...text('latitude')}
      />
      <TextField
        label={t('stewards.form.longitude')}
        inputMode="decimal"
        inputClassName="ui-field__input--short"
        {...text('longitude')}
      />
      <CheckboxGroup
        legend={t('stewards.form.accessibility')}
        options={ACCESSIBILITY_FEATURES.map((value) => ({
          value,
          label: t(`accessibilityFeature.${value}`),
        }))}
        values={draft.accessibility}
        onChange={(values) =>
          change(
            'accessibility',
            ACCESSIBILITY_FEATURES.filter((feature) => values.includes(feature)),
          )
        }
      />
      <OpeningHoursField
        ref={register('openingHours')}
        periods={draft.openingHours}
        error={errors.openingHours}
        onChange={(periods) => change('openingHours', periods)}
      />
      {withNote ? (
        <TextAreaField
          label={t('stewards.form.note')}
          hint={t('stewards.form.noteHint')}
          rows={3}
          maxLength={500}
          dir="auto"
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      ) : null}
      <div className="form__actions">
        <Button type="submit" aria-disabled={busy || undefined} aria-busy={busy || undefined}>
          {busy ? busyLabel : submitLabel}
        </Button>
      </div>
    </form>
  );
}
