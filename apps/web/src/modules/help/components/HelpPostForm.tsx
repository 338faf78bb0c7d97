import { useMutation } from '@apollo/client/react';
import { Button, FormError, RadioGroup, SelectField, TextAreaField, TextField } from '@village/ui';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ContentModeration, type HelpFormContextQuery } from '../../../gql/graphql';
import { errorField, humanErrorMessage } from '../../errors/utils/graphql-error';
import { useFormErrors } from '../../forms/hooks/useFormErrors';
import { LanguagesField } from '../../profile/components/LanguagesField';
import { CreateHelpPostMutation } from '../graphql/my-help.graphql';
import { HELP_CATEGORIES, HELP_KINDS } from '../utils/help-filters';
import {
  EMPTY_DRAFT,
  HELP_POST_FIELD_ORDER,
  helpPostProblems,
  toCreateInput,
  type HelpPostDraft,
  type HelpPostField,
} from '../utils/help-post-draft';
import { AvailabilityField } from './AvailabilityField';
import { PostAreaField } from './PostAreaField';

type Me = NonNullable<HelpFormContextQuery['me']>;

export interface HelpPostFormProps {
  me: Me;
  /** Start as an offer or a request (from the link that opened the form). */
  kind?: HelpPostDraft['kind'];
  today?: Date;
}

/** The API's input fields, by the form field that shows their problems. */
const API_FIELDS: Record<string, HelpPostField> = {
  title: 'title',
  description: 'description',
  availability: 'availability',
  quantity: 'quantity',
  expiresAt: 'expiresOn',
  areaCell: 'areaCell',
};

/** `YYYY-MM-DD` of a day, as a date input writes it. */
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** A new offer or request, as myself or for a group I organise; checked here before it is sent. */
export function HelpPostForm({ me, kind = '', today = new Date() }: HelpPostFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<HelpPostDraft>(() => ({
    ...EMPTY_DRAFT,
    kind,
    languages: me.person.languages ?? [],
    areaCell: me.person.areaCell ?? null,
  }));
  const [createHelpPost, { loading }] = useMutation(CreateHelpPostMutation);
  const { errors, register, clear, report, reportForm, formError, attachFormError } =
    useFormErrors(HELP_POST_FIELD_ORDER);
  const change = useCallback(
    (field: keyof HelpPostDraft, value: HelpPostDraft[keyof HelpPostDraft]) => {
      setDraft((current) => ({ ...current, [field]: value }));
      if ((HELP_POST_FIELD_ORDER as readonly string[]).includes(field))
        clear(field as HelpPostField);
    },
    [clear],
  );
  const text = (field: 'title' | 'description' | 'availability' | 'quantity' | 'expiresOn') => ({
    ref: register(field),
    value: draft[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = helpPostProblems(draft, dayOf(today));
    const worded = Object.fromEntries(
      Object.entries(problems).map(([field, key]) => [field, t(key as 'helpForm.errors.kind')]),
    );
    if (report(worded)) return;
    try {
      const { data } = await createHelpPost({ variables: { input: toCreateInput(draft) } });
      if (data) {
        const { id, moderation } = data.createHelpPost;
        // Screening may hold it for a moderator: then it is not on the board yet, and we say so.
        const notice = moderation === ContentModeration.Held ? 'helpHeld' : 'helpPosted';
        void navigate(`/help/posts/${id}`, { state: { notice } });
      }
    } catch (error) {
      const field = API_FIELDS[errorField(error) ?? ''];
      const message = humanErrorMessage(error, t);
      if (field) report({ [field]: message });
      else reportForm(<p>{message}</p>);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {formError ? <FormError ref={attachFormError}>{formError}</FormError> : null}
      {me.organising.length ? (
        <SelectField
          label={t('helpForm.postAs')}
          hint={t('helpForm.postAsHint')}
          value={draft.groupId}
          options={[
            { value: '', label: t('helpForm.postAsMe') },
            ...me.organising.map((group) => ({ value: group.id, label: group.name })),
          ]}
          onChange={(value) => change('groupId', value)}
        />
      ) : null}
      <RadioGroup
        ref={register('kind')}
        legend={t('helpForm.kind')}
        error={errors.kind}
        options={HELP_KINDS.map((value) => ({ value, label: t(`helpForm.kinds.${value}`) }))}
        value={draft.kind}
        onChange={(value) => change('kind', value)}
      />
      <SelectField
        ref={register('category')}
        label={t('helpForm.category')}
        error={errors.category}
        value={draft.category}
        options={[
          { value: '', label: t('helpForm.chooseCategory') },
          ...HELP_CATEGORIES.map((value) => ({ value, label: t(`helpCategory.${value}`) })),
        ]}
        onChange={(value) => change('category', value)}
      />
      <TextField
        label={t('helpForm.titleLabel')}
        hint={t('helpForm.titleHint')}
        maxLength={120}
        dir="auto"
        {...text('title')}
      />
      <TextAreaField
        label={t('helpForm.description')}
        hint={t('helpForm.descriptionHint')}
        rows={4}
        dir="auto"
        {...text('description')}
      />
      <AvailabilityField slots={draft.slots} onChange={(slots) => change('slots', slots)} />
      <TextField
        label={t('helpForm.availability')}
        hint={t('helpForm.availabilityHint')}
        dir="auto"
        {...text('availability')}
      />
      <LanguagesField
        legend={t('helpForm.languages')}
        hint={t('helpForm.languagesHint')}
        values={draft.languages}
        onChange={(languages) => change('languages', languages)}
      />
      <TextField
        label={t('helpForm.quantity')}
        hint={t('helpForm.quantityHint')}
        type="number"
        inputMode="numeric"
        min={1}
        max={1000}
        inputClassName="ui-field__input--short"
        {...text('quantity')}
      />
      <TextField
        label={t('helpForm.expiresOn')}
        hint={t('helpForm.expiresOnHint')}
        type="date"
        min={dayOf(today)}
        inputClassName="ui-field__input--short"
        {...text('expiresOn')}
      />
      <PostAreaField
        ref={register('areaCell')}
        areaCell={draft.areaCell}
        profileAreaCell={me.person.areaCell ?? null}
        error={errors.areaCell}
        onChange={(areaCell) => change('areaCell', areaCell)}
      />
      <div className="form__actions">
        <Button type="submit" aria-disabled={loading || undefined} aria-busy={loading || undefined}>
          {loading ? t('helpForm.posting') : t('helpForm.submit')}
        </Button>
      </div>
    </form>
  );
}
