import { ErrorState } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { humanErrorMessage } from '../utils/graphql-error';

/** The error state of a data view, with a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <ErrorState
      title={t('states.errorTitle')}
      message={humanErrorMessage(error, t('states.networkError'))}
      retryLabel={t('states.retry')}
      onRetry={onRetry}
    />
  );
}
