import { ErrorState } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { humanErrorMessage } from '../utils/graphql-error';

export interface QueryErrorProps {
  error: unknown;
  onRetry: () => void;
  /** False when the page heading already says something went wrong. */
  titled?: boolean;
}

/** The error state of a data view, with a way to try again. */
export function QueryError({ error, onRetry, titled = true }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <ErrorState
      title={titled ? t('states.errorTitle') : undefined}
      message={humanErrorMessage(error, t('states.networkError'))}
      retryLabel={t('states.retry')}
      onRetry={onRetry}
    />
  );
}
