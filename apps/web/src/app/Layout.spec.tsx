import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { viewerData } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { ViewerQuery } from '../modules/account/graphql/viewer.query';
import { Layout } from './Layout';

const signedOut = () => [{ request: { query: ViewerQuery }, result: { data: viewerData(null) } }];

describe('Layout', () => {
  beforeEach(() => window.localStorage.clear());

  it('offers a skip link, the main navigation and a main landmark', () => {
    renderWithApp(<Layout />, { mocks: signedOut() });

    expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe(
      '#main',
    );
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav.textContent).toContain('Help board');
    expect(screen.getByRole('main').id).toBe('main');
  });

  it('offers to sign in when nobody is signed in', async () => {
    renderWithApp(<Layout />, { mocks: signedOut() });
    const header = screen.getByRole('banner');
    expect(await within(header).findByRole('link', { name: 'Sign in' })).toBeTruthy();
  });

  it("names the person signed in, opening their account's menu", async () => {
    renderWithApp(<Layout />, {
      mocks: [{ request: { query: ViewerQuery }, result: { data: viewerData('Amina') } }],
    });
    const header = screen.getByRole('banner');
    expect(await within(header).findByRole('button', { name: 'Your account: Amina' })).toBeTruthy();
  });

  it('moves focus to the main content after navigating, as a page load would', async () => {
    renderWithApp(<Layout />, { path: '*', mocks: signedOut() });
    expect(document.activeElement).toBe(document.body);

    await userEvent.click(screen.getByRole('link', { name: 'Help board' }));

    expect(screen.getByTestId('location').textContent).toBe('/help');
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('switches to Urdu, right to left, and remembers it', async () => {
    renderWithApp(<Layout />, { mocks: signedOut() });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'اردو');

    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ur');
    expect(screen.getByRole('link', { name: 'مدد کا بورڈ' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'زبان' })).toBeTruthy();
    expect(window.localStorage.getItem('village.language')).toBe('ur');
  });
});
