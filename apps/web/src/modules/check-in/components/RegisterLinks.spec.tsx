import { useQuery } from '@apollo/client/react';
import { screen } from '@testing-library/react';
import { renderWithApp } from '../../../../test/render';
import { RegisterDatesQuery, RegisterKeeperQuery } from '../graphql/register';
import { RegisterLinks } from './RegisterLinks';

const sessionId = '0b8a4c2e-7d1f-4e55-9c1a-2f3b4c5d6e7f';

const keeper = (organising: string[], roles: string[] = []) => ({
  request: { query: RegisterKeeperQuery, variables: { id: sessionId } },
  result: {
    data: {
      me: {
        __typename: 'Me',
        roles,
        organising: organising.map((id) => ({ __typename: 'Group', id })),
      },
      session: { __typename: 'Session', id: sessionId, group: { __typename: 'Group', id: 'g1' } },
    },
  },
});

const dates = {
  request: { query: RegisterDatesQuery, variables: { sessionId } },
  result: {
    data: {
      registerDates: [
        {
          __typename: 'RegisterDate',
          occursOn: '2026-12-07',
          startsAt: '2026-12-07T10:00:00.000Z',
          endsAt: '2026-12-07T11:00:00.000Z',
        },
      ],
    },
  },
};

describe('RegisterLinks', () => {
  it('offers the organisers of the session’s group the register of each open date', async () => {
    renderWithApp(<RegisterLinks sessionId={sessionId} />, { mocks: [keeper(['g1']), dates] });
    const link = await screen.findByRole('link', { name: 'Take the register for 7 December 2026' });
    expect(link.getAttribute('href')).toBe(`/sessions/${sessionId}/register/2026-12-07`);
  });

  it('shows nothing to anyone else', async () => {
    /** Asks what the links would ask, and says when both answers are in the cache: the sentinel. */
    function Answered() {
      const who = useQuery(RegisterKeeperQuery, { variables: { id: sessionId } });
      const open = useQuery(RegisterDatesQuery, { variables: { sessionId } });
      return who.data && open.data ? <p>answered</p> : null;
    }
    renderWithApp(
      <>
        <RegisterLinks sessionId={sessionId} />
        <Answered />
      </>,
      { mocks: [keeper(['another group']), dates] },
    );
    await screen.findByText('answered');
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
