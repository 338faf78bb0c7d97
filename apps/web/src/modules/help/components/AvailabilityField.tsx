import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { PARTS_OF_DAY, slotKey, sortSlots, WEEKDAYS, type Slot } from '../utils/availability';

export interface AvailabilityFieldProps {
  slots: readonly Slot[];
  onChange: (slots: Slot[]) => void;
}

/**
 * The week as seven small questions ("Monday: morning, afternoon, evening"), each a fieldset, so a
 * screen reader reads the day with each part of it; on a phone the days stack.
 */
export function AvailabilityField({ slots, onChange }: AvailabilityFieldProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const chosen = new Set(slots.map(slotKey));
  const toggle = (slot: Slot, checked: boolean) =>
    onChange(
      checked
        ? sortSlots([...slots, slot])
        : slots.filter((other) => slotKey(other) !== slotKey(slot)),
    );
  return (
    <fieldset className="ui-choices availability-field">
      <legend className="ui-field__label">{t('helpForm.slots')}</legend>
      <p className="ui-field__hint">{t('helpForm.slotsHint')}</p>
      <div className="availability-field__days">
        {WEEKDAYS.map((weekday) => (
          <fieldset key={weekday} className="availability-field__day">
            <legend>{format.weekday(weekday)}</legend>
            {PARTS_OF_DAY.map((partOfDay) => (
              <label key={partOfDay} className="ui-choice">
                <input
                  type="checkbox"
                  checked={chosen.has(slotKey({ weekday, partOfDay }))}
                  onChange={(event) => toggle({ weekday, partOfDay }, event.target.checked)}
                />
                <span>{t(`partOfDay.${partOfDay}`)}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
