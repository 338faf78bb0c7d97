import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import { DeleteMyAccountMutation } from '../graphql/data-rights.mutations';
import { DeleteAccount } from './DeleteAccount';

const attempt = (password: string, result: object) => ({
  request: { query: DeleteMyAccountMutation, variables: { password } },
  result,
});

describe('DeleteAccount', () => {
  it('says what goes and what stays before asking for the password, and can be cancelled', async () => {
    renderWithApp(<DeleteAccount />, { url: '/privacy', path: '/privacy' });
    const start = screen.getByRole('button', { name: 'Delete my account…' });
    await userEvent.click(start);

    const heading = screen.getByRole('heading', {
      name: 'Are you sure you want to delete your account?',
    });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/Your email address, your password/)).toBeTruthy();
    expect(screen.getByText(/shown as “Former member”/)).toBeTruthy();
    expect(screen.getByText('This cannot be undone.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Keep my account' }));
    expect(screen.queryByLabelText('Enter your password to confirm')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete my account…' }));
  });

  it('deletes nothing with the wrong password, then deletes with the right one and goes home', async () => {
    renderWithApp(<DeleteAccount />, {
      url: '/privacy',
      path: '/privacy',
      mocks: [
        attempt('wrong password', {
          errors: [
            {
              message: 'That password is not right, so nothing was deleted.',
              extensions: { code: 'BAD_USER_INPUT', field: 'password' },
            },
          ],
        }),
        attempt('right password', { data: { deleteMyAccount: true } }),
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Delete my account…' }));
    const confirm = screen.getByRole('button', { name: 'Delete my account for good' });
    await userEvent.click(confirm);
    expect(screen.getByText('Enter your password.')).toBeTruthy();

    const password = screen.getByLabelText('Enter your password to confirm');
    await userEvent.type(password, 'wrong password');
    await userEvent.click(confirm);
    expect(
      await screen.findByText('That password is not right, so nothing was deleted.'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(password);

    await userEvent.clear(password);
    await userEvent.type(password, 'right password');
    await userEvent.click(confirm);
    expect(await screen.findByText('/')).toBeTruthy();
  });
});
