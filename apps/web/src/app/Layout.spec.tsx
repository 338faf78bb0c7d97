import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render';
import { Layout } from './Layout';

describe('Layout', () => {
  beforeEach(() => window.localStorage.clear());

  it('offers a skip link, the main navigation and a main landmark', () => {
    renderWithApp(<Layout />);

    expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe(
      '#main',
    );
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav.textContent).toContain('Help board');
    expect(screen.getByRole('main').id).toBe('main');
  });

  it('moves focus to the main content after navigating, as a page load would', async () => {
    renderWithApp(<Layout />, { path: '*' });
    expect(document.activeElement).toBe(document.body);

    await userEvent.click(screen.getByRole('link', { name: 'Help board' }));

    expect(screen.getByTestId('location').textContent).toBe('/help');
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('switches to Urdu, right to left, and remembers it', async () => {
    renderWithApp(<Layout />);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'اردو');

    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ur');
    expect(screen.getByRole('link', { name: 'مدد کا بورڈ' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'زبان' })).toBeTruthy();
    expect(window.localStorage.getItem('village.language')).toBe('ur');
  });
});
