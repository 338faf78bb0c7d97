import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import { SignUpMutation } from '../graphql/sign-in.mutations';
import { ViewerQuery } from '../graphql/viewer.query';
import { SignUpForm } from './SignUpForm';

const today = new Date('2026-10-14T12:00:00Z');
const email = 'amina@example.org';
const password = 'a long enough password';

function open(mocks: MockLink.MockedResponse[] = []) {
  return renderWithApp(<SignUpForm today={today} />, { url: '/sign-up', path: '/sign-up', mocks });
}

const me = {
  __typename: 'Me' as const,
  email,
  person: { __typename: 'Person' as const, id: 'p1', displayName: 'Amina' },
};

function signedUpAs(): MockLink.MockedResponse {
  return {
    request: {
      query: SignUpMutation,
      variables: { input: { email, password, profile: { displayName: 'Amina', languages: [] } } },
    },
    result: { data: { signUp: me } },
  };
}

function viewerIs(viewer: typeof me | null): MockLink.MockedResponse {
  return { request: { query: ViewerQuery }, result: { data: { me: viewer } } };
}

const submit = () => userEvent.click(screen.getByRole('button', { name: 'Create my account' }));

async function fillRequired() {
  await userEvent.type(screen.getByRole('textbox', { name: 'Your name' }), 'Amina');
  await userEvent.type(screen.getByRole('textbox', { name: 'Email address' }), email);
  await userEvent.type(screen.getByLabelText('Password'), password);
}

describe('SignUpForm', () => {
  it('asks for a name, an email and a long enough password, focusing the name first', async () => {
    open();
    await userEvent.type(screen.getByRole('textbox', { name: 'Email address' }), 'amina@');
    await userEvent.type(screen.getByLabelText('Password'), 'short');
    await submit();

    const name = screen.getByRole('textbox', { name: 'Your name' });
    expect(document.activeElement).toBe(name);
    expect(name.getAttribute('aria-describedby')).toContain(
      screen.getByText("Enter the name you'd like people to see.").id,
    );
    expect(screen.getByText('Enter an email address like name@example.com.')).toBeTruthy();
    const passwordField = screen.getByLabelText('Password');
    expect(passwordField.getAttribute('aria-invalid')).toBe('true');
    // The error is read first, then the hint.
    const [errorId, hintId] = passwordField.getAttribute('aria-describedby')!.split(' ');
    expect(document.getElementById(errorId!)?.textContent).toBe(
      'Your password needs at least 10 characters.',
    );
    expect(document.getElementById(hintId!)?.textContent).toContain('At least 10 characters');
  });

  it("checks the family's months, and focuses a child's month when it is the problem", async () => {
    open();
    await fillRequired();
    await userEvent.click(screen.getByRole('checkbox', { name: "I'm expecting a baby" }));
    await userEvent.type(screen.getByLabelText('Month the baby is due'), '2026-01');
    await userEvent.click(screen.getByRole('button', { name: 'Add a child' }));
    const child = screen.getByLabelText('Child 1: month of birth');
    // Adding a child puts the cursor in its month.
    expect(document.activeElement).toBe(child);
    await userEvent.type(child, '2027-01');
    await submit();

    expect(
      screen.getByText('Enter a due month between last month and ten months from now.'),
    ).toBeTruthy();
    expect(
      screen.getByText('Enter a birth month in the past 18 years, not in the future.'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Month the baby is due'));

    await userEvent.click(screen.getByRole('button', { name: 'Remove child 1' }));
    expect(screen.queryByLabelText('Child 1: month of birth')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a child' }));
  });

  it('says it could not sign in when the email already has an account, as the API does not', async () => {
    // A taken email gets the same answer as a new one, but no session: only "me" tells.
    open([signedUpAs(), viewerIs(null)]);
    await fillRequired();
    await submit();

    await screen.findByText(
      "We couldn't sign you in with that email. If you already have an account, sign in or reset your password: we have sent a note to that address.",
    );
    expect(screen.queryByText('/privacy')).toBeNull();
  });

  it('creates the account with what was given and opens the privacy page', async () => {
    open([
      {
        request: {
          query: SignUpMutation,
          variables: {
            input: {
              email,
              password,
              profile: {
                displayName: 'Amina',
                languages: ['en', 'ur'],
                lifeStage: { dueMonth: null, childBirthMonths: ['2025-06'] },
              },
            },
          },
        },
        result: { data: { signUp: me } },
      },
      viewerIs(me),
    ]);
    await fillRequired();
    const languages = screen.getByRole('group', { name: 'Languages you speak' });
    // Chosen in any order, sent in the list's order.
    await userEvent.click(within(languages).getByRole('checkbox', { name: /Urdu/ }));
    await userEvent.click(within(languages).getByRole('checkbox', { name: 'English' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a child' }));
    await userEvent.type(screen.getByLabelText('Child 1: month of birth'), '2025-06');
    await submit();

    await screen.findByText('/privacy');
  });
});
