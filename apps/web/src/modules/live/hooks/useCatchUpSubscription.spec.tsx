import { gql, type TypedDocumentNode } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, render, waitFor } from '@testing-library/react';
import { fakeSocket } from '../../../../test/fake-socket';
import { createApolloClient } from '../../../app/apollo-client';
import { useCatchUpSubscription } from './useCatchUpSubscription';

const STATUS_CHANGED: TypedDocumentNode<
  { helpPostStatusChanged: { cursor: string; helpPost: { id: string } } },
  { areaCell: string; since?: string | null }
> = gql`
  subscription StatusChanged($areaCell: String!, $since: String) {
    helpPostStatusChanged(areaCell: $areaCell, since: $since) {
      cursor
      helpPost {
        id
      }
    }
  }
`;

function StatusChanges({
  liveCursor,
  skip,
  onEvent,
}: {
  liveCursor: string | undefined;
  skip?: boolean;
  onEvent: (postId: string) => void;
}) {
  useCatchUpSubscription(STATUS_CHANGED, {
    liveCursor,
    variables: { areaCell: 'cell-1' },
    skip,
    onEvent: (event) => onEvent(event.helpPost.id),
  });
  return null;
}

const changed = (cursor: string, id: string) => ({
  data: {
    helpPostStatusChanged: {
      __typename: 'HelpPostStatusEvent',
      cursor,
      helpPost: { __typename: 'HelpPost', id },
    },
  },
});

describe('useCatchUpSubscription', () => {
  it('waits for the cursor, hands each event on, and resumes from the furthest one', async () => {
    const fake = fakeSocket();
    const client = createApolloClient({ socket: fake.socket });
    const onEvent = jest.fn();
    const { rerender } = render(
      <ApolloProvider client={client}>
        <StatusChanges liveCursor={undefined} onEvent={onEvent} />
      </ApolloProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.subscribed).toHaveLength(0);

    rerender(
      <ApolloProvider client={client}>
        <StatusChanges liveCursor="100" onEvent={onEvent} />
      </ApolloProvider>,
    );
    await waitFor(() => expect(fake.open().map((entry) => entry.since)).toEqual(['100']));

    act(() => {
      const sink = fake.open()[0]!.sink;
      sink.next(changed('103', 'post-1'));
      sink.next(changed('105', 'post-2'));
    });
    await waitFor(() => expect(onEvent.mock.calls).toEqual([['post-1'], ['post-2']]));

    await fake.connected(true);
    await waitFor(() => expect(fake.open().map((entry) => entry.since)).toEqual(['105']));
  });

  it('does not subscribe while skipped', async () => {
    const fake = fakeSocket();
    const client = createApolloClient({ socket: fake.socket });
    render(
      <ApolloProvider client={client}>
        <StatusChanges liveCursor="100" skip onEvent={jest.fn()} />
      </ApolloProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.subscribed).toHaveLength(0);
  });
});
