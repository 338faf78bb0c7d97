import { useTranslation } from 'react-i18next';
import { humanErrorMessage } from '../utils/graphql-error';

/** Why a button's action failed, next to it, announced at once; nothing when it did not fail. */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="ui-field__error" role="alert">
      {humanErrorMessage(error, t)}
    </p>
  );
}
