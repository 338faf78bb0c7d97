import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import {
  MarkAttendedMutation,
  OpenCheckInMutation,
  SessionRegisterQuery,
  SetHeadcountMutation,
} from '../graphql/register';
import { SessionRegister } from './SessionRegister';

const sessionId = '0b8a4c2e-7d1f-4e55-9c1a-2f3b4c5d6e7f';
const occursOn = '2026-12-07';
const date = { sessionId, occursOn };

function register(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'SessionRegister',
    id: `${sessionId}/${occursOn}`,
    sessionId,
    sessionTitle: 'Baby Rhyme Time',
    occursOn,
    startsAt: '2026-12-07T10:00:00.000Z',
    endsAt: '2026-12-07T11:00:00.000Z',
    editable: true,
    editableFrom: '2026-12-07T09:00:00.000Z',
    editableUntil: '2026-12-14T11:00:00.000Z',
    people: [
      {
        __typename: 'RegisterPerson',
        personId: 'p-nadia',
        displayName: 'Nadia',
        waiting: false,
        attended: false,
        recordedHow: null,
      },
      {
        __typename: 'RegisterPerson',
        personId: 'p-sara',
        displayName: 'Sara',
        waiting: false,
        attended: true,
        recordedHow: 'SELF',
      },
    ],
    unnamedGoing: 2,
    unnamedCheckedIn: 0,
    guests: 0,
    total: 1,
    checkInCode: null,
    ...overrides,
  };
}

const registerMock = (data = register()) => ({
  request: { query: SessionRegisterQuery, variables: date },
  result: { data: { sessionRegister: data } },
});

describe('SessionRegister', () => {
  it('gives each named person a big labelled tick box and counts those who did not share their name', async () => {
    renderWithApp(<SessionRegister {...date} />, { mocks: [registerMock()] });
    expect(await screen.findByRole('heading', { name: 'Register: Baby Rhyme Time' })).toBeTruthy();
    const nadia = screen.getByRole('checkbox', { name: 'Nadia' }) as HTMLInputElement;
    expect(nadia.checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Sara' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Checked in with the code.')).toBeTruthy();
    expect(
      screen.getByText(
        "2 more people said they're going and didn't share their name — they can check themselves in with the code.",
      ),
    ).toBeTruthy();
    expect(screen.getByText('1 person here in all')).toBeTruthy();
  });

  it('reads right to left in Urdu, with the counts in Urdu', async () => {
    renderWithApp(<SessionRegister {...date} />, { mocks: [registerMock()], language: 'ur' });
    expect(
      await screen.findByRole('heading', { name: 'حاضری رجسٹر: Baby Rhyme Time' }),
    ).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByText(/2 مزید لوگوں نے آنے کا کہا/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'ایک زیادہ' })).toBeTruthy();
  });

  it('ticks at once, says it saved, and goes back saying why when the API refuses', async () => {
    renderWithApp(<SessionRegister {...date} />, {
      mocks: [
        registerMock(),
        {
          request: {
            query: MarkAttendedMutation,
            variables: { ...date, personId: 'p-nadia', attended: true },
          },
          result: {
            data: {
              markAttended: register({
                people: [
                  { ...register().people[0], attended: true, recordedHow: 'REGISTER' },
                  register().people[1],
                ],
                total: 2,
              }),
            },
          },
        },
        {
          request: {
            query: MarkAttendedMutation,
            variables: { ...date, personId: 'p-sara', attended: false },
          },
          result: {
            errors: [
              {
                message: 'The register for this date closed a week after it ended.',
                extensions: { code: 'BAD_USER_INPUT', field: 'occursOn' },
              },
            ],
          },
        },
      ],
    });
    const nadia = (await screen.findByRole('checkbox', { name: 'Nadia' })) as HTMLInputElement;
    await userEvent.click(nadia);
    expect(nadia.checked).toBe(true);
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(screen.getByText('2 people here in all')).toBeTruthy();

    const sara = screen.getByRole('checkbox', { name: 'Sara' }) as HTMLInputElement;
    await userEvent.click(sara);
    expect(
      await screen.findByText(
        'Not saved: The register for this date closed a week after it ended.',
      ),
    ).toBeTruthy();
    expect(sara.checked).toBe(true);
  });

  it('counts guests with the stepper and keeps them between 0 and 500', async () => {
    renderWithApp(<SessionRegister {...date} />, {
      mocks: [
        registerMock(),
        {
          request: { query: SetHeadcountMutation, variables: { ...date, guests: 1 } },
          result: { data: { setHeadcount: register({ guests: 1, total: 2 }) } },
        },
      ],
    });
    const field = (await screen.findByLabelText('People without an account')) as HTMLInputElement;
    expect((screen.getByRole('button', { name: 'One fewer' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    await userEvent.click(screen.getByRole('button', { name: 'One more' }));
    expect(field.value).toBe('1');
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(screen.getByText('2 people here in all')).toBeTruthy();

    await userEvent.clear(field);
    await userEvent.type(field, '501{Enter}');
    expect(screen.getByText('The head count must be between 0 and 500.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the check-in code large, with the link that fills it in', async () => {
    renderWithApp(<SessionRegister {...date} />, {
      mocks: [
        registerMock(),
        {
          request: { query: OpenCheckInMutation, variables: date },
          result: {
            data: {
              openCheckIn: {
                __typename: 'CheckInCode',
                code: 'ABC23X',
                validFrom: '2026-12-07T09:30:00.000Z',
                validUntil: '2026-12-07T11:30:00.000Z',
              },
            },
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Show check-in code' }));
    const code = await screen.findByLabelText('Check-in code: A B C 2 3 X');
    expect(code.textContent).toBe('ABC 23X');
    expect(document.activeElement).toBe(code);
    const section = screen.getByRole('region', { name: 'Check-in code' });
    expect(within(section).getByRole('link').getAttribute('href')).toBe('/check-in/ABC23X');
    expect(within(section).getByText(/It works from 09:30 until 11:30/)).toBeTruthy();
  });

  it('lets organisers look but not tick outside the register’s window', async () => {
    renderWithApp(<SessionRegister {...date} />, {
      mocks: [
        registerMock(
          register({
            editable: false,
            editableFrom: '2026-01-05T09:00:00.000Z',
            editableUntil: '2026-01-12T11:00:00.000Z',
          }),
        ),
      ],
    });
    const nadia = (await screen.findByRole('checkbox', { name: 'Nadia' })) as HTMLInputElement;
    expect(nadia.disabled).toBe(true);
    expect(screen.getByText(/closed a week after it ended/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show check-in code' })).toBeNull();
  });
});
