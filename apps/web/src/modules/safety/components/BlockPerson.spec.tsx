import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import {
  BlockedPeopleQuery,
  BlockPersonMutation,
  UnblockPersonMutation,
} from '../graphql/safety.graphql';
import { BlockedPeople } from './BlockedPeople';
import { BlockPerson } from './BlockPerson';

const blocked = (people: { id: string; displayName: string }[]) => ({
  request: { query: BlockedPeopleQuery },
  result: {
    data: { blockedPeople: people.map((person) => ({ __typename: 'Person', ...person })) },
  },
});

describe('BlockPerson', () => {
  it('says what blocking does before a second press makes it', async () => {
    const onBlocked = jest.fn();
    renderWithApp(<BlockPerson personId="p2" name="Sam" onBlocked={onBlocked} />, {
      mocks: [
        {
          request: { query: BlockPersonMutation, variables: { personId: 'p2' } },
          result: { data: { blockPerson: true } },
        },
        blocked([{ id: 'p2', displayName: 'Sam' }]),
      ],
    });
    const start = screen.getByRole('button', { name: 'Block \u2068Sam\u2069' });
    await userEvent.click(start);
    const question = screen.getByRole('group', { name: 'Block \u2068Sam\u2069?' });
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Block \u2068Sam\u2069?' }),
    );
    expect(question.textContent).toMatch(/won't see each other's posts/);
    expect(question.textContent).toMatch(/called off/);
    expect(question.textContent).toMatch(/They are not told/);
    expect(onBlocked).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Block \u2068Sam\u2069' }));
    await waitFor(() => expect(onBlocked).toHaveBeenCalledTimes(1));
  });

  it('changes nothing when cancelled, and hands the focus back', async () => {
    const onBlocked = jest.fn();
    renderWithApp(<BlockPerson personId="p2" name="Sam" onBlocked={onBlocked} />);
    await userEvent.click(screen.getByRole('button', { name: 'Block \u2068Sam\u2069' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Block \u2068Sam\u2069' }),
    );
    expect(onBlocked).not.toHaveBeenCalled();
  });
});

describe('BlockedPeople', () => {
  it('lists whom I blocked and unblocks one, saying so', async () => {
    renderWithApp(<BlockedPeople />, {
      mocks: [
        blocked([
          { id: 'p2', displayName: 'Sam' },
          { id: 'p3', displayName: 'Kasia' },
        ]),
        {
          request: { query: UnblockPersonMutation, variables: { personId: 'p2' } },
          result: { data: { unblockPerson: true } },
        },
        blocked([{ id: 'p3', displayName: 'Kasia' }]),
      ],
    });
    expect(await screen.findByText('Kasia')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Unblock Sam' }));

    expect((await screen.findByText('You unblocked Sam.')).getAttribute('role')).toBe('status');
    expect(screen.queryByText('Sam')).toBeNull();
    expect(screen.getByRole('button', { name: 'Unblock Kasia' })).toBeTruthy();
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: "People you've blocked" }),
    );
  });

  it('says when nobody is blocked', async () => {
    renderWithApp(<BlockedPeople />, { mocks: [blocked([])] });
    expect(await screen.findByText("You haven't blocked anyone.")).toBeTruthy();
  });
});
