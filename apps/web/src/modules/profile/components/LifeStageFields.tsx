import { Button, TextField } from '@village/ui';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { childField, type ProfileFieldsProps } from '../utils/profile-draft';

const MAX_CHILDREN = 12;

/** Expecting (and when), and children's birth months: months only, never names or birthdays. */
export function LifeStageFields({ draft, onChange, errors, register, clear }: ProfileFieldsProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const childInputs = useRef<(HTMLInputElement | null)[]>([]);
  const addButton = useRef<HTMLButtonElement>(null);
  // After adding a child, typing goes straight into the new month; after removing one, focus stays
  // in the list's controls instead of falling back to the top of the page.
  const focusAfterChange = useRef<'new-child' | 'add-button' | null>(null);
  const childCount = draft.childBirthMonths.length;
  useEffect(() => {
    if (focusAfterChange.current === 'new-child') childInputs.current[childCount - 1]?.focus();
    if (focusAfterChange.current === 'add-button') addButton.current?.focus();
    focusAfterChange.current = null;
  }, [childCount]);

  const addChild = () => {
    focusAfterChange.current = 'new-child';
    onChange({ childBirthMonths: [...draft.childBirthMonths, ''] });
  };
  const removeChild = (index: number) => {
    draft.childBirthMonths.forEach((_, i) => clear(childField(i)));
    focusAfterChange.current = 'add-button';
    onChange({ childBirthMonths: draft.childBirthMonths.filter((_, i) => i !== index) });
  };
  const setChild = (index: number, month: string) => {
    onChange({
      childBirthMonths: draft.childBirthMonths.map((old, i) => (i === index ? month : old)),
    });
    clear(childField(index));
  };

  return (
    <fieldset className="ui-choices life-stage" aria-describedby={hintId}>
      <legend className="ui-field__label">{t('profile.lifeStage.legend')}</legend>
      <p id={hintId} className="ui-field__hint">
        {t('profile.lifeStage.hint')}
      </p>
      <label className="ui-choice">
        <input
          type="checkbox"
          checked={draft.expecting}
          onChange={(event) => {
            onChange({ expecting: event.target.checked });
            clear('dueMonth');
          }}
        />
        <span>{t('profile.lifeStage.expecting')}</span>
      </label>
      {draft.expecting ? (
        <TextField
          ref={register('dueMonth')}
          type="month"
          label={t('profile.lifeStage.dueMonth')}
          hint={t('profile.lifeStage.monthHint')}
          placeholder="YYYY-MM"
          value={draft.dueMonth}
          error={errors.dueMonth}
          onChange={(event) => {
            onChange({ dueMonth: event.target.value });
            clear('dueMonth');
          }}
        />
      ) : null}
      {draft.childBirthMonths.length ? (
        <ol className="life-stage__children">
          {draft.childBirthMonths.map((month, index) => (
            <li key={index} className="life-stage__child">
              <TextField
                ref={(element) => {
                  register(childField(index))(element);
                  childInputs.current[index] = element;
                }}
                type="month"
                label={t('profile.lifeStage.childMonth', { number: index + 1 })}
                hint={t('profile.lifeStage.monthHint')}
                placeholder="YYYY-MM"
                value={month}
                error={errors[childField(index)]}
                onChange={(event) => setChild(index, event.target.value)}
              />
              <Button variant="secondary" onClick={() => removeChild(index)}>
                {t('profile.lifeStage.removeChild', { number: index + 1 })}
              </Button>
            </li>
          ))}
        </ol>
      ) : null}
      {childCount < MAX_CHILDREN ? (
        <div className="form__inline-actions">
          <Button ref={addButton} variant="secondary" onClick={addChild}>
            {t('profile.lifeStage.addChild')}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
