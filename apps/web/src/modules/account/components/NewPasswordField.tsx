import { TextField } from '@village/ui';
import { useTranslation } from 'react-i18next';
import type { TextFieldBinding } from '../../forms/hooks/useFormFields';

/** A password being chosen, with the rule for it; "New password" unless labelled otherwise. */
export function NewPasswordField({ label, ...binding }: TextFieldBinding & { label?: string }) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label ?? t('account.newPassword')}
      hint={t('account.newPasswordHint')}
      type="password"
      autoComplete="new-password"
      {...binding}
    />
  );
}
