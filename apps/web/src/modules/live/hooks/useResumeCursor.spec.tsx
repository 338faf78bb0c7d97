import { gql, type TypedDocumentNode } from '@apollo/client';
import { ApolloProvider, useSubscription } from '@apollo/client/react';
import { act, render, waitFor } from '@testing-library/react';
import { fakeSocket } from '../../../../test/fake-socket';
import { createApolloClient } from '../../../app/apollo-client';
import { useResumeCursor } from './useResumeCursor';

const RESPONSES: TypedDocumentNode<
  { helpPostResponded: { cursor: string } },
  { since: string | null }
> = gql`
  subscription Responses($since: String) {
    helpPostResponded(since: $since) {
      cursor
    }
  }
`;

function Responses({ liveCursor }: { liveCursor: string }) {
  const live = useResumeCursor(liveCursor);
  useSubscription(RESPONSES, {
    variables: { since: live.since },
    skip: !live.since,
    onData: ({ data }) => {
      if (data.data) live.seen(data.data.helpPostResponded.cursor);
    },
  });
  return null;
}

describe('useResumeCursor', () => {
  it('subscribes from the page’s cursor and, after a reconnect, from the furthest event received', async () => {
    const fake = fakeSocket();
    const client = createApolloClient({ socket: fake.socket });
    render(
      <ApolloProvider client={client}>
        <Responses liveCursor="100" />
      </ApolloProvider>,
    );
    await waitFor(() => expect(fake.open().map((entry) => entry.since)).toEqual(['100']));

    // Events move the cursor on without resubscribing.
    act(() => {
      const sink = fake.open()[0]!.sink;
      sink.next({ data: { helpPostResponded: { __typename: 'ExchangeEvent', cursor: '104' } } });
      sink.next({ data: { helpPostResponded: { __typename: 'ExchangeEvent', cursor: '107' } } });
      // One that arrived late, out of order, does not move it back.
      sink.next({ data: { helpPostResponded: { __typename: 'ExchangeEvent', cursor: '99' } } });
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.subscribed).toHaveLength(1);

    // The first connection is not a reconnect.
    await fake.connected(false);
    expect(fake.subscribed).toHaveLength(1);

    // The socket was lost and is back: subscribe again from the furthest cursor, and only from it.
    await fake.connected(true);
    await waitFor(() => expect(fake.open().map((entry) => entry.since)).toEqual(['107']));
    expect(fake.subscribed.map((entry) => entry.since)).toEqual(['100', '107']);
  });
});
