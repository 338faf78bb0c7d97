import { TextField } from '@village/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextFieldBinding } from '../../forms/hooks/useFormFields';

/** The account's email address: the browser may fill it in, and it is never spell-checked. */
export function EmailField({ hint, ...binding }: TextFieldBinding & { hint?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('account.email')}
      hint={hint}
      type="email"
      autoComplete="email"
      spellCheck={false}
      {...binding}
    />
  );
}
