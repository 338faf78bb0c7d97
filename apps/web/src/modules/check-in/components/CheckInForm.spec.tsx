import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import { CheckInMutation } from '../graphql/attendance';
import { CheckInForm } from './CheckInForm';

const checkedIn = (code: string) => ({
  request: { query: CheckInMutation, variables: { code } },
  result: {
    data: {
      checkIn: {
        __typename: 'Attendance',
        id: 'a1',
        occursOn: '2026-12-07',
        recordedHow: 'SELF',
        session: { __typename: 'Session', id: 's1', title: 'Stay and Play' },
      },
    },
  },
});

describe('CheckInForm', () => {
  it('asks for the code by the field when nothing was typed', async () => {
    renderWithApp(<CheckInForm />);
    await userEvent.click(screen.getByRole('button', { name: 'Check in' }));
    const field = screen.getByLabelText('Code');
    expect(screen.getByText('Type the code shown at the venue.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
  });

  it('says by the field why a code was refused, then checks in with the right one', async () => {
    renderWithApp(<CheckInForm />, {
      mocks: [
        {
          request: { query: CheckInMutation, variables: { code: 'zzzzzz' } },
          result: {
            errors: [
              {
                message:
                  'That code isn’t right. Check the 6 letters and numbers shown at the venue and try again.',
                extensions: { code: 'BAD_USER_INPUT', field: 'code' },
              },
            ],
          },
        },
        checkedIn('abc23x'),
      ],
    });
    const field = screen.getByLabelText('Code');
    await userEvent.type(field, 'zzzzzz');
    await userEvent.click(screen.getByRole('button', { name: 'Check in' }));
    expect(await screen.findByText(/That code isn’t right/)).toBeTruthy();
    expect(document.activeElement).toBe(field);

    await userEvent.clear(field);
    await userEvent.type(field, 'abc23x');
    await userEvent.click(screen.getByRole('button', { name: 'Check in' }));
    expect(
      await screen.findByText("You're checked in to Stay and Play on 7 December 2026.", {
        exact: false,
      }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See the sessions you went to' })).toBeTruthy();
  });

  it('starts with the code from the link filled in', async () => {
    renderWithApp(<CheckInForm initialCode="ABC23X" />, { mocks: [checkedIn('ABC23X')] });
    expect((screen.getByLabelText('Code') as HTMLInputElement).value).toBe('ABC23X');
    await userEvent.click(screen.getByRole('button', { name: 'Check in' }));
    expect(await screen.findByRole('status')).toBeTruthy();
    expect(await screen.findByText(/You're checked in to Stay and Play/)).toBeTruthy();
  });
});
