import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { EmptyState, LoadingState } from '@village/ui';
import { useTranslation } from 'react-i18next';
import type { ExchangeMessageFieldsFragment } from '../../../gql/graphql';
import { QueryError } from '../../errors/components/QueryError';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { LoadMore } from '../../pagination/components/LoadMore';
import { insertEdge } from '../../pagination/utils/insert-edge';
import { ModerationNote } from '../../safety/components/ModerationNote';
import { ReportContent } from '../../safety/components/ReportContent';
import {
  ExchangeMessageAddedSubscription,
  ExchangeMessagesQuery,
  SendExchangeMessageMutation,
} from '../graphql/exchange.graphql';
import { useCatchUpSubscription } from '../../live/hooks/useCatchUpSubscription';
import { MessageForm } from './MessageForm';

const PAGE_SIZE = 50;

export interface ConversationProps {
  exchangeId: string;
  /** Messages can still be sent (the exchange is not called off). */
  open: boolean;
  /** The other side's public name, for telling the author who cannot see a held message. */
  otherName: string;
}

/** Adds a message at the end of the cached conversation, once (it may come back by both routes). */
function appendMessage(
  cache: ApolloCache,
  exchangeId: string,
  message: ExchangeMessageFieldsFragment,
) {
  insertEdge(
    cache,
    { query: ExchangeMessagesQuery, variables: { exchangeId, first: PAGE_SIZE } },
    'exchangeMessages',
    { __typename: 'ExchangeMessageEdge', node: message },
    'end',
  );
}

/**
 * The two sides' private conversation, oldest first, with new messages arriving live (a log that
 * screen readers announce politely). No phone numbers or email addresses: they are pointed out
 * before sending, and refused by the API.
 */
export function Conversation({ exchangeId, open, otherName }: ConversationProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const variables = { exchangeId, first: PAGE_SIZE };
  const { data, loading, error, refetch, fetchMore } = useQuery(ExchangeMessagesQuery, {
    variables,
  });
  const [send] = useMutation(SendExchangeMessageMutation);
  useCatchUpSubscription(ExchangeMessageAddedSubscription, {
    liveCursor: data?.liveCursor,
    variables: { exchangeId },
    onEvent: (added, client) => appendMessage(client.cache, exchangeId, added.message),
  });

  let messages;
  if (loading && !data) messages = <LoadingState label={t('exchange.loadingMessages')} />;
  else if (error && !data) messages = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!data?.exchangeMessages.edges.length)
    messages = <EmptyState>{t('exchange.noMessages')}</EmptyState>;
  else
    messages = (
      <>
        <div role="log" aria-label={t('exchange.messages')}>
          <ol className="messages">
            {data.exchangeMessages.edges.map(({ node }) => (
              <li key={node.id} className={`message ${node.mine ? 'message--mine' : ''}`}>
                <p className="message__meta">
                  <bdi>{node.mine ? t('exchange.you') : node.author.displayName}</bdi> ·{' '}
                  <time dateTime={node.sentAt}>{format.dateTime(node.sentAt)}</time>
                </p>
                <p className="message__body" dir="auto">
                  {node.body}
                </p>
                <ModerationNote
                  moderation={node.moderation}
                  kind="message"
                  otherName={otherName}
                  removalNote={node.removalNote}
                />
                {node.mine ? null : <ReportContent kind="message" id={node.id} />}
              </li>
            ))}
          </ol>
        </div>
        <LoadMore
          pageInfo={data.exchangeMessages.pageInfo}
          loadAfter={(after) => fetchMore({ variables: { after } })}
        />
      </>
    );

  return (
    <section className="conversation" aria-labelledby="conversation-heading">
      <h2 id="conversation-heading">{t('exchange.conversation')}</h2>
      <p className="form__note">{t('exchange.privateNote')}</p>
      {messages}
      {open ? (
        <MessageForm
          label={t('exchange.message')}
          hint={t('exchange.messageHint')}
          submitLabel={t('exchange.send')}
          sendingLabel={t('exchange.sending')}
          send={async (body) => {
            await send({
              variables: { exchangeId, body },
              update: (cache, result) => {
                const message = result.data?.sendExchangeMessage;
                if (message) appendMessage(cache, exchangeId, message);
              },
            });
          }}
        />
      ) : null}
    </section>
  );
}
