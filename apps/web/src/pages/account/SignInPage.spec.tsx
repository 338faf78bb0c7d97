import { screen } from '@testing-library/react';
import { viewerData } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { ViewerQuery } from '../../modules/account/graphql/viewer.query';
import { signInPathFor } from '../../modules/account/utils/next-path';
import { SignInPage } from './SignInPage';

const signedOut = { request: { query: ViewerQuery }, result: { data: viewerData(null) } };

describe('SignInPage', () => {
  it('says why when "Post an offer" sent a signed-out visitor here', async () => {
    renderWithApp(<SignInPage />, {
      url: signInPathFor('/help/new?kind=OFFER'),
      path: '/sign-in',
      mocks: [signedOut],
    });
    expect(await screen.findByText('Sign in to post an offer or a request.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
  });

  it('gives no reason when someone came to sign in from anywhere else', async () => {
    renderWithApp(<SignInPage />, {
      url: signInPathFor('/account'),
      path: '/sign-in',
      mocks: [signedOut],
    });
    expect(await screen.findByRole('link', { name: 'Create an account' })).toBeTruthy();
    expect(screen.queryByText(/to post an offer/)).toBeNull();
  });
});
