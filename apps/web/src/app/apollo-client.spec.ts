import type { Client } from 'graphql-ws';
import { createApolloClient } from './apollo-client';

describe('the Apollo client', () => {
  it('closes the subscription socket when the store is reset, so it reconnects with the new cookie', async () => {
    const terminate = jest.fn();
    const socket = { terminate, subscribe: jest.fn(), on: jest.fn(), dispose: jest.fn() };
    const client = createApolloClient({ socket: socket as unknown as Client });
    expect(terminate).not.toHaveBeenCalled();

    await client.resetStore();

    expect(terminate).toHaveBeenCalledTimes(1);
  });
});
