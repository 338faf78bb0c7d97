import { screen, within } from '@testing-library/react';
import { searchResult } from '../../../../test/fixtures';
import { renderWithApp } from '../../../../test/render';
import { ResultCard } from './ResultCard';

const result = searchResult();

describe('ResultCard', () => {
  it('shows what a parent needs to decide, and why it matched', () => {
    renderWithApp(<ResultCard result={result} />);

    const card = screen.getByRole('article', { name: 'Baby rhyme time' });
    expect(within(card).getByRole('link', { name: 'Baby rhyme time' }).getAttribute('href')).toBe(
      '/sessions/s1',
    );
    expect(within(card).getByText('1.2 km away, about 20 minutes on foot')).toBeTruthy();
    const reasons = within(card).getByRole('list', { name: 'Why it fits' });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '1.2 km away',
      'For 0–12 months',
      'In Urdu',
      'Free',
      'Step-free access',
      'Tuesday at 10:00',
    ]);
    expect(within(card).getByText('Tuesday 13 October, 10:00–11:00')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Northside Library' }).getAttribute('href')).toBe(
      '/spaces/sp1',
    );
    expect(within(card).getByRole('link', { name: 'Bumps and Babies' })).toBeTruthy();
    expect(within(card).getByText('Free', { selector: 'dd' })).toBeTruthy();
    expect(within(card).getByText('Urdu and English')).toBeTruthy();
    const access = within(card).getByRole('list', { name: 'Accessibility' });
    expect(
      within(access)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Step-free access', 'Baby changing']);
    // Three tab stops a card, not five: the calendar links are on the session's page.
    expect(
      within(card)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Baby rhyme time', 'Northside Library', 'Bumps and Babies']);
  });

  it('reads right to left in Urdu, with the dates in Urdu and town time', () => {
    renderWithApp(<ResultCard result={result} />, { language: 'ur' });

    const card = screen.getByRole('article', { name: 'Baby rhyme time' });
    const reasons = within(card).getByRole('list', { name: 'یہ کیوں موزوں ہے' });
    expect(within(reasons).getByText('مفت')).toBeTruthy();
    expect(within(reasons).getByText('زبان: اردو')).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('says so when the place lists no accessibility features', () => {
    renderWithApp(
      <ResultCard
        result={{
          ...result,
          session: { ...result.session, space: { ...result.session.space, accessibility: [] } },
        }}
      />,
    );
    expect(screen.queryByRole('list', { name: 'Accessibility' })).toBeNull();
    expect(
      screen.getByText('No accessibility details yet. Ask the group before you go.'),
    ).toBeTruthy();
  });
});
