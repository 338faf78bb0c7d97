import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { DetailPageState } from '../../modules/errors/components/DetailPageState';
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
  const { id = '' } = useParams();
  return (
    <RequireSignIn>
      <Exchange id={id} />
    </RequireSignIn>
  );
}
