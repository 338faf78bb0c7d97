import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import { CancelSessionDateMutation, RestoreSessionDateMutation } from '../graphql/publish.graphql';
import { SessionDatesManager } from './SessionDatesManager';

const SESSION = '3f1c1f3e-3b0a-4d0e-9a55-0a4f7c1e2b3d';
const date = (occursOn: string, changes: Record<string, unknown> = {}) => ({
  __typename: 'SessionOccurrence' as const,
  occursOn,
  startsAt: `${occursOn}T10:00:00.000Z`,
  endsAt: `${occursOn}T11:00:00.000Z`,
  cancelled: false,
  cancellationReason: null,
  movedFrom: null,
  ...changes,
});

describe('SessionDatesManager', () => {
  it('asks for a reason before calling a date off, then sends it', async () => {
    let sent = false;
    renderWithApp(
      <SessionDatesManager
        sessionId={SESSION}
        dates={[date('2027-01-05'), date('2027-01-19')]}
        startTime="10:00"
        durationMinutes={60}
      />,
      {
        mocks: [
          {
            request: {
              query: CancelSessionDateMutation,
              variables: { sessionId: SESSION, occursOn: '2027-01-19', reason: 'Snow' },
            },
            result: () => {
              sent = true;
              return {
                data: {
                  cancelSessionDate: date('2027-01-19', {
                    cancelled: true,
                    cancellationReason: 'Snow',
                  }),
                },
              };
            },
          },
        ],
      },
    );
    const second = screen.getAllByRole('listitem')[1]!;
    await userEvent.click(within(second).getByRole('button', { name: 'Cancel this date' }));
    const question = within(second).getByRole('heading', { name: 'Cancel this date?' });
    expect(document.activeElement).toBe(question);
    await userEvent.click(within(second).getByRole('button', { name: 'Cancel the date' }));
    expect(within(second).getByText('Say why, so people who are going know.')).toBeTruthy();
    expect(sent).toBe(false);
    await userEvent.type(within(second).getByRole('textbox', { name: /Reason/ }), 'Snow');
    await userEvent.click(within(second).getByRole('button', { name: 'Cancel the date' }));
    await within(second).findByRole('button', { name: 'Cancel this date' });
    expect(sent).toBe(true);
  });

  it('shows a cancelled date with its reason and offers to restore it', async () => {
    let restored = false;
    renderWithApp(
      <SessionDatesManager
        sessionId={SESSION}
        dates={[date('2027-01-19', { cancelled: true, cancellationReason: 'Snow' })]}
        startTime="10:00"
        durationMinutes={60}
      />,
      {
        mocks: [
          {
            request: {
              query: RestoreSessionDateMutation,
              variables: { sessionId: SESSION, occursOn: '2027-01-19' },
            },
            result: () => {
              restored = true;
              return { data: { restoreSessionDate: date('2027-01-19') } };
            },
          },
        ],
      },
    );
    expect(screen.getByText('Cancelled.')).toBeTruthy();
    expect(screen.getByText('Reason: Snow')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel this date' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Restore this date' }));
    await waitFor(() => expect(restored).toBe(true));
  });

  it('says when no dates are coming up', () => {
    renderWithApp(
      <SessionDatesManager sessionId={SESSION} dates={[]} startTime="10:00" durationMinutes={60} />,
    );
    expect(screen.getByText('No dates coming up.')).toBeTruthy();
  });
});
