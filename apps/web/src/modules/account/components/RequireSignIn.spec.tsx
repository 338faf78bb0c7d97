import { screen, waitFor } from '@testing-library/react';
import { viewerData } from '../../../../test/fixtures';
import { renderWithApp } from '../../../../test/render';
import { ViewerQuery } from '../graphql/viewer.query';
import { RequireSignIn } from './RequireSignIn';

const signedOut = [{ request: { query: ViewerQuery }, result: { data: viewerData(null) } }];
const page = (
  <RequireSignIn>
    <p>My private page</p>
  </RequireSignIn>
);

describe('RequireSignIn', () => {
  it('sends someone signed out to sign in, and back here afterwards', async () => {
    renderWithApp(page, { url: '/account', path: '/account', mocks: signedOut });
    await screen.findByText('/sign-in?next=%2Faccount');
    expect(screen.queryByText('My private page')).toBeNull();
  });

  it('does not overtake a sign-out or deletion already on its way to another page', async () => {
    renderWithApp(page, { url: '/account', path: '/account', mocks: signedOut });
    // The flow has already moved the browser's address home; the router has not caught up yet.
    window.history.replaceState(null, '', '/');
    await screen.findByText("Checking you're signed in…");
    await waitFor(() => expect(screen.queryByText("Checking you're signed in…")).toBeNull());
    expect(screen.getByText('/account')).toBeTruthy();
    expect(screen.queryByText('My private page')).toBeNull();
  });
});
