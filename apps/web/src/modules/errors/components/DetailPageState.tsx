import { LoadingState } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { isNotFound } from '../utils/graphql-error';
import { NotFound } from './NotFound';
import { QueryError } from './QueryError';

export interface DetailPageStateProps {
  loading: boolean;
  error: unknown;
  loadingLabel: string;
  notFoundMessage: string;
  onRetry: () => void;
}

/** What a page about one thing shows before it has that thing: loading, gone, or failed. */
export function DetailPageState({
  loading,
  error,
  loadingLabel,
  notFoundMessage,
  onRetry,
}: DetailPageStateProps) {
  const { t } = useTranslation();
  if (error && isNotFound(error)) return <NotFound message={notFoundMessage} />;
  if (error) {
    return (
      <>
        <h1>{t('states.errorTitle')}</h1>
        <QueryError error={error} onRetry={onRetry} titled={false} />
      </>
    );
  }
  return loading ? <LoadingState label={loadingLabel} /> : null;
}
