import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface WhoSeesWhatProps {
  who: ReactNode;
  sees: ReactNode;
  neverSees: ReactNode;
}

/** The same three questions for every choice, so they can be compared: who, what, and what never. */
export function WhoSeesWhat({ who, sees, neverSees }: WhoSeesWhatProps) {
  const { t } = useTranslation();
  return (
    <dl className="who-sees">
      <div>
        <dt>{t('privacy.who')}</dt>
        <dd>{who}</dd>
      </div>
      <div>
        <dt>{t('privacy.sees')}</dt>
        <dd>{sees}</dd>
      </div>
      <div>
        <dt>{t('privacy.neverSees')}</dt>
        <dd>{neverSees}</dd>
      </div>
    </dl>
  );
}
