import { screen, waitFor, waitForElementToBeRemoved } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import { DeleteMyAttendanceMutation, MyAttendanceQuery } from '../graphql/attendance';
import { MyAttendanceList } from './MyAttendanceList';

const edge = (id: string, title: string, occursOn: string, recordedHow: string) => ({
  __typename: 'AttendanceEdge',
  cursor: `c-${id}`,
  node: {
    __typename: 'Attendance',
    id,
    occursOn,
    recordedHow,
    session: { __typename: 'Session', id: `s-${id}`, title },
  },
});

const page = (edges: ReturnType<typeof edge>[]) => ({
  request: { query: MyAttendanceQuery, variables: { first: 20 } },
  result: {
    data: {
      myAttendance: {
        __typename: 'AttendanceConnection',
        edges,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
});

describe('MyAttendanceList', () => {
  it('says what will appear when there is nothing yet', async () => {
    renderWithApp(<MyAttendanceList />, { mocks: [page([])] });
    expect(await screen.findByText(/Nothing here yet/)).toBeTruthy();
  });

  const mocks = () => [
    page([
      edge('a2', 'Baby Rhyme Time', '2026-12-07', 'SELF'),
      edge('a1', 'Stay and Play', '2026-11-30', 'REGISTER'),
    ]),
    {
      request: { query: DeleteMyAttendanceMutation, variables: { id: 'a2' } },
      result: { data: { deleteMyAttendance: true } },
    },
  ];
  const deleteButton = () =>
    screen.getByRole('button', { name: 'Delete Baby Rhyme Time on 7 December 2026' });

  it('lists my dates with how each was recorded, and asks before deleting one', async () => {
    renderWithApp(<MyAttendanceList />, { mocks: mocks() });
    expect(await screen.findByRole('link', { name: 'Baby Rhyme Time' })).toBeTruthy();
    expect(screen.getByText('You checked in with the code.')).toBeTruthy();
    expect(screen.getByText('An organiser ticked you on the register.')).toBeTruthy();

    await userEvent.click(deleteButton());
    const question = screen.getByRole('heading', {
      name: 'Delete Baby Rhyme Time on 7 December 2026?',
    });
    expect(document.activeElement).toBe(question);
    await userEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.getByRole('link', { name: 'Baby Rhyme Time' })).toBeTruthy();
  });

  it('deletes a date once I confirm, and keeps the focus on the list', async () => {
    renderWithApp(<MyAttendanceList />, { mocks: mocks() });
    await screen.findByRole('link', { name: 'Baby Rhyme Time' });
    await userEvent.click(deleteButton());
    const deleted = screen.getByRole('link', { name: 'Baby Rhyme Time' });
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    await waitForElementToBeRemoved(deleted);
    expect(screen.getByRole('link', { name: 'Stay and Play' })).toBeTruthy();
    // The focus goes back to the list, not lost with the deleted item.
    const list = screen.getByRole('list', { name: 'Sessions you went to, newest first' });
    await waitFor(() => expect(document.activeElement).toBe(list));
  });
});
