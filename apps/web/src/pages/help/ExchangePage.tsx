import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { DetailPageState } from '../../modules/errors/components/DetailPageState';
import { NotFound } from '../../modules/errors/components/NotFound';
import { useIdParam } from '../../modules/routing/hooks/useIdParam';
import { ExchangeView } from '../../modules/exchanges/components/ExchangeView';
import { ExchangeQuery } from '../../modules/exchanges/graphql/exchange.graphql';

function Exchange({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ExchangeQuery, { variables: { id } });
  if (!data)
    return (
      <DetailPageState
        loading={loading}
        error={error}
        loadingLabel={t('exchange.loading')}
        notFoundMessage={t('exchange.notFound')}
        onRetry={() => void refetch()}
      />
    );
  return <ExchangeView exchange={data.exchange} liveCursor={data.liveCursor} />;
}

export function ExchangePage() {
  const { t } = useTranslation();
  const id = useIdParam();
  // An address that cannot be an exchange is not found for anyone, signed in or not.
  if (id === null) return <NotFound message={t('exchange.notFound')} />;
  return (
    <RequireSignIn>
      <Exchange id={id} />
    </RequireSignIn>
  );
}
