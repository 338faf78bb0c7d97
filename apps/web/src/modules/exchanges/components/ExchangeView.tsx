import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExchangeFieldsFragment } from '../../../gql/graphql';
import { ExchangeStatus } from '../../../gql/graphql';
import { ExchangeUpdatedSubscription } from '../graphql/exchange.graphql';
import { ExchangeSafety } from '../../safety/components/ExchangeSafety';
import { iGive, otherSideName } from '../utils/exchange-sides';
import { useCatchUpSubscription } from '../../live/hooks/useCatchUpSubscription';
import { Conversation } from './Conversation';
import { ExchangeActions } from './ExchangeActions';
import { FeedbackPrompt } from './FeedbackPrompt';
import { ThanksSection } from './ThanksSection';
import { isolate } from '../../locale/utils/format';

/**
 * One exchange for one of its sides: where it stands and what to do next, the conversation, and once
 * it is fulfilled, thanks and the private feedback prompt. Changes made by the other side arrive live
 * (the subscription's answer updates the cached exchange), from `liveCursor` (read with the exchange)
 * and, after a reconnect, from the last change received.
 */
export function ExchangeView({
  exchange,
  liveCursor,
}: {
  exchange: ExchangeFieldsFragment;
  liveCursor: string;
}) {
  const { t } = useTranslation();
  useCatchUpSubscription(ExchangeUpdatedSubscription, {
    liveCursor,
    variables: { exchangeId: exchange.id },
  });
  const fulfilled = exchange.status === ExchangeStatus.Fulfilled;
  return (
    <>
      <title>{t('app.pageTitle', { page: exchange.helpPost.title })}</title>
      <header className="page-header">
        <p className="help-post__kind">{t(`helpKind.${exchange.helpPost.kind}`)}</p>
        <h1 dir="auto">{exchange.helpPost.title}</h1>
        <p className="lead">
          {t(iGive(exchange) ? 'exchange.youGive' : 'exchange.youReceive', {
            name: isolate(otherSideName(exchange)),
          })}{' '}
          <Link to={`/help/posts/${exchange.helpPost.id}`}>{t('exchange.seePost')}</Link>
        </p>
      </header>
      <ExchangeActions exchange={exchange} />
      {fulfilled ? <ThanksSection exchange={exchange} /> : null}
      {fulfilled ? (
        <FeedbackPrompt exchangeId={exchange.id} given={exchange.myFeedbackGiven} />
      ) : null}
      <Conversation
        exchangeId={exchange.id}
        open={exchange.status !== ExchangeStatus.Cancelled}
        otherName={otherSideName(exchange)}
      />
      <ExchangeSafety exchange={exchange} />
    </>
  );
}
