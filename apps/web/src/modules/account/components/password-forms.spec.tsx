import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import { ResetPasswordPage } from '../../../pages/account/ResetPasswordPage';
import {
  ChangePasswordMutation,
  RequestPasswordResetMutation,
  ResetPasswordMutation,
} from '../graphql/password.mutations';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ForgotPasswordForm } from './ForgotPasswordForm';

const token = 'a-token-long-enough-to-be-real-1234';

describe('asking for a reset link', () => {
  it('says a link was sent if the address has an account, without saying whether it has', async () => {
    renderWithApp(<ForgotPasswordForm />, {
      mocks: [
        {
          request: {
            query: RequestPasswordResetMutation,
            variables: { email: 'amina@example.org' },
          },
          result: { data: { requestPasswordReset: true } },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(screen.getByText('Enter your email address.')).toBeTruthy();

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Email address' }),
      'amina@example.org',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send me a link' }));

    expect(
      (await screen.findByText(/If there is a Village account for amina@example.org/)).closest(
        '[role="status"]',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send the link again' })).toBeTruthy();
  });
});

describe('the reset-password page', () => {
  const open = (hash: string, mocks: MockLink.MockedResponse[] = []) =>
    renderWithApp(<ResetPasswordPage />, {
      url: `/reset-password${hash}`,
      path: '/reset-password',
      mocks,
    });

  it('reads the token from the fragment and sets the new password', async () => {
    open(`#token=${token}`, [
      {
        request: {
          query: ResetPasswordMutation,
          variables: { input: { token, newPassword: 'a brand new password' } },
        },
        result: { data: { resetPassword: true } },
      },
    ]);
    const field = screen.getByLabelText('New password');
    await userEvent.type(field, 'too short');
    await userEvent.click(screen.getByRole('button', { name: 'Save my new password' }));
    expect(screen.getByText('Your password needs at least 10 characters.')).toBeTruthy();
    expect(document.activeElement).toBe(field);

    await userEvent.clear(field);
    await userEvent.type(field, 'a brand new password');
    await userEvent.click(screen.getByRole('button', { name: 'Save my new password' }));
    expect(await screen.findByText('/sign-in')).toBeTruthy();
  });

  it('offers a new link when the token has expired or been used', async () => {
    open(`#token=${token}`, [
      {
        request: {
          query: ResetPasswordMutation,
          variables: { input: { token, newPassword: 'a brand new password' } },
        },
        result: {
          errors: [
            {
              message: 'This reset link has expired or has already been used.',
              extensions: { code: 'BAD_USER_INPUT', field: 'token' },
            },
          ],
        },
      },
    ]);
    await userEvent.type(screen.getByLabelText('New password'), 'a brand new password');
    await userEvent.click(screen.getByRole('button', { name: 'Save my new password' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This reset link has expired or has already been used.');
    expect(document.activeElement).toBe(alert);
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
  });

  it('says so when the link has no token', () => {
    open('');
    expect(screen.getByRole('alert').textContent).toContain('This link is not complete.');
    expect(screen.queryByLabelText('New password')).toBeNull();
  });
});

describe('changing the password', () => {
  it('shows a wrong current password on its field', async () => {
    renderWithApp(<ChangePasswordForm />, {
      mocks: [
        {
          request: {
            query: ChangePasswordMutation,
            variables: {
              input: { currentPassword: 'not it', newPassword: 'a brand new password' },
            },
          },
          result: {
            errors: [
              {
                message: 'Your current password is not right.',
                extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' },
              },
            ],
          },
        },
      ],
    });
    await userEvent.type(screen.getByLabelText('Current password'), 'not it');
    await userEvent.type(screen.getByLabelText('New password'), 'a brand new password');
    await userEvent.click(screen.getByRole('button', { name: 'Change my password' }));

    const current = screen.getByLabelText('Current password');
    expect(await screen.findByText('Your current password is not right.')).toBeTruthy();
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(current);
  });
});
