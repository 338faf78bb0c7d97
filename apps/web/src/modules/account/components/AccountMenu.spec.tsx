import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { viewerData } from '../../../../test/fixtures';
import { renderWithApp } from '../../../../test/render';
import { ViewerQuery } from '../graphql/viewer.query';
import { SignOutMutation } from '../graphql/sign-in.mutations';
import { AccountMenu } from './AccountMenu';

describe('AccountMenu', () => {
  it('offers to sign in when nobody is signed in', async () => {
    renderWithApp(<AccountMenu />, {
      mocks: [{ request: { query: ViewerQuery }, result: { data: viewerData(null) } }],
    });
    expect((await screen.findByRole('link', { name: 'Sign in' })).getAttribute('href')).toBe(
      '/sign-in',
    );
  });

  it("opens on the person's name, closes with Escape, and signs out", async () => {
    renderWithApp(<AccountMenu />, {
      path: '*',
      mocks: [
        { request: { query: ViewerQuery }, result: { data: viewerData('Amina') } },
        { request: { query: SignOutMutation }, result: { data: { signOut: true } } },
        { request: { query: ViewerQuery }, result: { data: viewerData(null) } },
      ],
    });
    const button = await screen.findByRole('button', { name: 'Your account: Amina' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Your account' })).toBeNull();

    await userEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('link', { name: 'Privacy and your data' }).getAttribute('href')).toBe(
      '/privacy',
    );
    expect(screen.getByRole('link', { name: 'Your connections' }).getAttribute('href')).toBe(
      '/account/connections',
    );
    await userEvent.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);

    await userEvent.click(button);
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    // The store is reset and asks again: nobody is signed in now.
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/');
  });
});
