import { Button } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoughArea } from '../hooks/useRoughArea';

export interface RoughAreaFieldProps {
  areaCell: string | null;
  onChange: (areaCell: string | null) => void;
}

/** "Use my rough area": an optional, coarse area worked out on the device; never an address. */
export function RoughAreaField({ areaCell, onChange }: RoughAreaFieldProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const { state, locate } = useRoughArea(onChange);
  const problem =
    state.status === 'failed' ? t(`profile.area.failed.${state.reason}` as const) : null;

  return (
    <fieldset className="ui-choices rough-area" aria-describedby={hintId}>
      <legend className="ui-field__label">{t('profile.area.legend')}</legend>
      <p id={hintId} className="ui-field__hint">
        {t('profile.area.hint')}
      </p>
      <p className="rough-area__status" role="status">
        {state.status === 'locating'
          ? t('profile.area.locating')
          : areaCell
            ? t('profile.area.set')
            : ''}
      </p>
      {problem ? <p className="ui-field__error">{problem}</p> : null}
      <div className="form__inline-actions">
        {areaCell ? (
          <Button variant="secondary" onClick={() => onChange(null)}>
            {t('profile.area.remove')}
          </Button>
        ) : (
          <Button
            variant="secondary"
            onClick={locate}
            disabled={state.status === 'locating'}
            aria-busy={state.status === 'locating' || undefined}
          >
            {t('profile.area.use')}
          </Button>
        )}
      </div>
    </fieldset>
  );
}
