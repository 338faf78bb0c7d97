import { Button } from '@village/ui';
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoughArea } from '../../profile/hooks/useRoughArea';

export interface PostAreaFieldProps {
  areaCell: string | null;
  /** The rough area on my profile, offered first. */
  profileAreaCell: string | null;
  onChange: (areaCell: string) => void;
  error?: string;
  ref?: Ref<HTMLButtonElement>;
}

/** Where a post is, roughly: the area on my profile, or this device's, worked out here and never sent. */
export function PostAreaField({
  areaCell,
  profileAreaCell,
  onChange,
  error,
  ref,
}: PostAreaFieldProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const errorId = useId();
  const { state, locate } = useRoughArea(onChange);
  const status =
    state.status === 'locating'
      ? t('profile.area.locating')
      : areaCell && areaCell === profileAreaCell
        ? t('helpForm.areaFromProfile')
        : areaCell
          ? t('helpForm.areaFromDevice')
          : '';
  const problem =
    state.status === 'failed' ? t(`helpForm.areaFailed.${state.reason}` as const) : error;
  return (
    <fieldset
      className={['ui-choices', problem ? 'ui-field--invalid' : null].filter(Boolean).join(' ')}
      aria-describedby={[problem ? errorId : null, hintId].filter(Boolean).join(' ')}
    >
      <legend className="ui-field__label">{t('helpForm.area')}</legend>
      <p id={hintId} className="ui-field__hint">
        {t('helpForm.areaHint')}
      </p>
      {problem ? (
        <p id={errorId} className="ui-field__error">
          {problem}
        </p>
      ) : null}
      <p role="status">{status}</p>
      <div className="form__inline-actions">
        <Button
          ref={ref}
          variant="secondary"
          onClick={locate}
          aria-disabled={state.status === 'locating' || undefined}
        >
          {t('helpForm.areaUseDevice')}
        </Button>
        {profileAreaCell && areaCell !== profileAreaCell ? (
          <Button variant="secondary" onClick={() => onChange(profileAreaCell)}>
            {t('helpForm.areaUseProfile')}
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}
