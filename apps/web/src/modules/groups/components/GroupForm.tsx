import { Button, FormError, SelectField, TextAreaField, TextField } from '@village/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateGroupInput } from '../../../gql/graphql';
import { errorField, humanErrorMessage } from '../../errors/utils/graphql-error';
import { useFormErrors } from '../../forms/hooks/useFormErrors';
import { LanguagesField } from '../../profile/components/LanguagesField';
import { GROUP_KINDS } from '../utils/group-kinds';
import {
  GROUP_FIELD_ORDER,
  groupProblems,
  toGroupInput,
  type GroupDraft,
  type GroupField,
} from '../utils/group-draft';

export interface GroupFormProps {
  initial: GroupDraft;
  submitLabel: string;
  busyLabel: string;
  /** Sends the group; a refusal it throws is shown by the field the API names. */
  onSubmit: (input: CreateGroupInput) => Promise<unknown>;
}

/** The API's input fields, by the form field that shows their problems. */
const API_FIELDS: Record<string, GroupField> = {
  kind: 'kind',
  name: 'name',
  description: 'description',
  languages: 'languages',
  website: 'website',
};

/** A group's kind, name, description, languages and website: checked here, then by the API. */
export function GroupForm({ initial, submitLabel, busyLabel, onSubmit }: GroupFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState(false);
  const languagesErrorId = useId();
  const { errors, register, clear, report, reportForm, formError, attachFormError } =
    useFormErrors(GROUP_FIELD_ORDER);
  const change = <F extends GroupField>(field: F, value: GroupDraft[F]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    clear(field);
  };
  const text = (field: 'name' | 'description' | 'website') => ({
    ref: register(field),
    value: draft[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problems = groupProblems(draft);
    const worded = Object.fromEntries(
      Object.entries(problems).map(([field, key]) => [
        field,
        t(key as 'organise.form.errors.name'),
      ]),
    );
    if (report(worded)) return;
    setBusy(true);
    try {
      await onSubmit(toGroupInput(draft));
    } catch (error) {
      const field = API_FIELDS[(errorField(error) ?? '').split('.')[0] ?? ''];
      const message = humanErrorMessage(error, t);
      if (field) report({ [field]: message });
      else reportForm(<p>{message}</p>);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {formError ? <FormError ref={attachFormError}>{formError}</FormError> : null}
      <SelectField
        ref={register('kind')}
        label={t('organise.form.kind')}
        hint={t('organise.form.kindHint')}
        error={errors.kind}
        value={draft.kind}
        options={[
          { value: '', label: t('organise.form.chooseKind') },
          ...GROUP_KINDS.map((value) => ({ value, label: t(`groupKind.${value}`) })),
        ]}
        onChange={(value) => change('kind', value as GroupDraft['kind'])}
      />
      <TextField
        label={t('organise.form.name')}
        hint={t('organise.form.nameHint')}
        maxLength={120}
        dir="auto"
        autoComplete="off"
        {...text('name')}
      />
      <TextAreaField
        label={t('organise.form.description')}
        hint={t('organise.form.descriptionHint')}
        rows={5}
        dir="auto"
        {...text('description')}
      />
      <div
        ref={register('languages')}
        tabIndex={-1}
        aria-describedby={errors.languages ? languagesErrorId : undefined}
      >
        <LanguagesField
          legend={t('organise.form.languages')}
          hint={t('organise.form.languagesHint')}
          values={draft.languages}
          onChange={(languages) => change('languages', languages)}
        />
        {errors.languages ? (
          <p id={languagesErrorId} className="ui-field__error">
            {errors.languages}
          </p>
        ) : null}
      </div>
      <TextField
        label={t('organise.form.website')}
        hint={t('organise.form.websiteHint')}
        type="url"
        inputMode="url"
        autoComplete="url"
        {...text('website')}
      />
      <div className="form__actions">
        <Button type="submit" aria-disabled={busy || undefined} aria-busy={busy || undefined}>
          {busy ? busyLabel : submitLabel}
        </Button>
      </div>
    </form>
  );
}
