import { Button } from '@village/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_GUESTS, parseGuests } from '../utils/check-in-code';

export interface HeadcountStepperProps {
  /** The head count as saved. */
  guests: number;
  disabled: boolean;
  /** Saves a new count; rejects when it was not saved. */
  onSave: (guests: number) => Promise<unknown>;
  /** "Saving…", "Saved" or why not, said by the field. */
  status: string | null;
  error: string | null;
}

/** People there without an account: a number field between − and + buttons, big enough for a thumb. */
export function HeadcountStepper({
  guests,
  disabled,
  onSave,
  status,
  error,
}: HeadcountStepperProps) {
  const { t } = useTranslation();
  const id = useId();
  const [typed, setTyped] = useState(String(guests));
  const [invalid, setInvalid] = useState<string | null>(null);
  // A new count from the API (saved here or on another phone) replaces what is shown.
  const [shown, setShown] = useState(guests);
  if (guests !== shown) {
    setShown(guests);
    setTyped(String(guests));
  }

  const save = (next: number) => {
    if (next < 0 || next > MAX_GUESTS) {
      setInvalid(t('checkIn.register.guestsRange', { max: MAX_GUESTS }));
      return;
    }
    setInvalid(null);
    setTyped(String(next));
    if (next !== guests) void onSave(next).catch(() => undefined);
  };
  const current = parseGuests(typed) ?? guests;
  const message = invalid ?? error;

  return (
    <div className={`headcount ui-field${message ? ' ui-field--invalid' : ''}`}>
      <label className="ui-field__label" htmlFor={id}>
        {t('checkIn.register.guests')}
      </label>
      <p className="ui-field__hint" id={`${id}-hint`}>
        {t('checkIn.register.guestsHint')}
      </p>
      <div className="headcount__controls">
        <Button
          variant="secondary"
          className="headcount__step"
          aria-label={t('checkIn.register.fewer')}
          disabled={disabled || current <= 0}
          onClick={() => save(current - 1)}
        >
          −
        </Button>
        <input
          id={id}
          className="ui-field__input headcount__input"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_GUESTS}
          value={typed}
          disabled={disabled}
          aria-describedby={`${id}-hint ${id}-status`}
          aria-invalid={message ? true : undefined}
          onChange={(event) => setTyped(event.target.value)}
          onBlur={() => {
            const parsed = parseGuests(typed);
            if (parsed === null) setInvalid(t('checkIn.register.guestsWhole'));
            else save(parsed);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
          }}
        />
        <Button
          variant="secondary"
          className="headcount__step"
          aria-label={t('checkIn.register.more')}
          disabled={disabled || current >= MAX_GUESTS}
          onClick={() => save(current + 1)}
        >
          +
        </Button>
      </div>
      <p id={`${id}-status`} className={message ? 'ui-field__error' : 'save-status'} role="status">
        {message ?? status}
      </p>
    </div>
  );
}
