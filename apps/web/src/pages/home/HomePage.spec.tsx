import { screen, within } from '@testing-library/react';
import { viewerData } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { ViewerQuery } from '../../modules/account/graphql/viewer.query';
import { HomePage } from './HomePage';

const viewer = (name: string | null) => ({
  request: { query: ViewerQuery },
  result: { data: viewerData(name) },
});

describe('HomePage', () => {
  it('invites a signed-out visitor to create an account, or sign in', async () => {
    renderWithApp(<HomePage />, { mocks: [viewer(null)] });
    const join = await screen.findByRole('region', { name: 'New to Village?' });
    expect(within(join).getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe(
      '/sign-up',
    );
    expect(within(join).getByRole('link', { name: 'sign in' }).getAttribute('href')).toBe(
      '/sign-in',
    );
  });

  it('does not invite someone already signed in', async () => {
    renderWithApp(<HomePage />, { mocks: [viewer('Amina'), viewer('Amina')] });
    // The page's other queries have no answers here, so they report an error: by then the
    // viewer has been answered too.
    await screen.findAllByRole('button', { name: /try again/i });
    expect(screen.queryByRole('region', { name: 'New to Village?' })).toBeNull();
  });

  it('points someone signed in to parents nearby at their stage', async () => {
    renderWithApp(<HomePage />, { mocks: [viewer('Amina')] });
    const nearby = await screen.findByRole('region', { name: 'Parents near you' });
    expect(
      within(nearby).getByRole('link', { name: 'Find parents nearby' }).getAttribute('href'),
    ).toBe('/people/nearby');
  });

  it('does not point a signed-out visitor there', async () => {
    renderWithApp(<HomePage />, { mocks: [viewer(null)] });
    await screen.findByRole('region', { name: 'New to Village?' });
    expect(screen.queryByRole('region', { name: 'Parents near you' })).toBeNull();
  });
});
