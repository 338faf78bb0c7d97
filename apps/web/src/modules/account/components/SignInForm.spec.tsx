import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import { SignInMutation } from '../graphql/sign-in.mutations';
import { SignInForm } from './SignInForm';

const input = { email: 'amina@example.org', password: 'a long enough password' };
const signedIn = {
  signIn: {
    __typename: 'Me',
    email: input.email,
    person: { __typename: 'Person', id: 'p1', displayName: 'Amina' },
  },
};
const failure = (message: string, extensions: Record<string, unknown>) => ({
  request: { query: SignInMutation, variables: { input } },
  result: { errors: [{ message, extensions }] },
});

function open(mocks: MockLink.MockedResponse[] = [], language?: 'pl') {
  return renderWithApp(<SignInForm next="/privacy" />, {
    url: '/sign-in',
    path: '/sign-in',
    mocks,
    language,
  });
}

async function fillIn(email = input.email, password = input.password) {
  if (email) await userEvent.type(screen.getByRole('textbox', { name: 'Email address' }), email);
  if (password) await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('says what is missing, ties each message to its field and focuses the first', async () => {
    open();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const email = screen.getByRole('textbox', { name: 'Email address' });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Enter your email address.',
    );
    expect(document.activeElement).toBe(email);
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter your password.')).toBeTruthy();
  });

  it('asks for an email address that looks like one, and forgets the error once it changes', async () => {
    open();
    await fillIn('amina.example.org');
    const email = screen.getByRole('textbox', { name: 'Email address' });
    expect(screen.getByText('Enter an email address like name@example.com.')).toBeTruthy();
    expect(document.activeElement).toBe(email);

    await userEvent.type(email, 'x');
    expect(email.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('Enter an email address like name@example.com.')).toBeNull();
  });

  it('says the email and password do not match, in an alert that takes the focus', async () => {
    open([failure('That email and password do not match.', { code: 'UNAUTHENTICATED' })]);
    await fillIn();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('That email and password do not match.');
    expect(document.activeElement).toBe(alert);
    expect(screen.getByTestId('location').textContent).toBe('/sign-in');
  });

  it('says how long to wait when sign-in is slowed down, in the reader’s language', async () => {
    open(
      [
        failure('Too many attempts. Please wait 4 seconds and try again.', {
          code: 'RATE_LIMITED',
          retryAfterSeconds: 4,
        }),
      ],
      'pl',
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Adres e-mail' }), input.email);
    await userEvent.type(screen.getByLabelText('Hasło'), input.password);
    await userEvent.click(screen.getByRole('button', { name: 'Zaloguj się' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Zbyt wiele prób. Poczekaj 4 sekundy i spróbuj ponownie.',
    );
  });

  it('says until when sign-in is locked, in the town’s time', async () => {
    open([
      failure('Too many failed sign-ins.', {
        code: 'ACCOUNT_LOCKED',
        lockedUntil: '2026-10-14T09:45:00.000Z',
      }),
    ]);
    await fillIn();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'signing in is paused until 10:45',
    );
  });

  it('signs in and goes on to the page that asked', async () => {
    open([
      { request: { query: SignInMutation, variables: { input } }, result: { data: signedIn } },
    ]);
    await fillIn(` ${input.email} `);

    await screen.findByText('/privacy');
    expect(screen.getByTestId('location').textContent).toBe('/privacy');
  });
});
