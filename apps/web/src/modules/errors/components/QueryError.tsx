import { ErrorState } from '@village/ui';
import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { humanErrorMessage, isServiceUnavailable, retryAfterMs } from '../utils/graphql-error';

export interface QueryErrorProps {
  error: unknown;
  onRetry: () => void;
  /** False when the page heading already says something went wrong. */
  titled?: boolean;
}

/**
 * The error state of a data view, with a way to try again. While the API cannot reach its data
 * (503), it also tries again by itself after the wait the API asked for: reading is safe to repeat.
 */
export function QueryError({ error, onRetry, titled = true }: QueryErrorProps) {
  const { t } = useTranslation();
  // The page's latest onRetry, without a new timer each time the page renders.
  const retry = useEffectEvent(onRetry);
  useEffect(() => {
    if (!isServiceUnavailable(error)) return;
    const timer = setTimeout(retry, retryAfterMs(error));
    return () => clearTimeout(timer);
  }, [error]);
  return (
    <ErrorState
      title={
        titled
          ? t(isServiceUnavailable(error) ? 'states.unavailableTitle' : 'states.errorTitle')
          : undefined
      }
      message={humanErrorMessage(error, t)}
      retryLabel={t('states.retry')}
      onRetry={onRetry}
    />
  );
}
