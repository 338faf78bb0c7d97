import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import type { LanguageCode } from '../../../i18n/languages';
import { renderWithApp } from '../../../../test/render';
import type { SearchOutcome } from '../hooks/useSessionSearch';
import { DiscoverFiltersPanel, WIDE_SCREEN } from './DiscoverFiltersPanel';

/** Stands in for the search answering: the page's outcome changes while the panel stays. */
const search = { answer: (_outcome: SearchOutcome): void => undefined };
const answer = (outcome: SearchOutcome) => act(() => search.answer(outcome));

/** The panel over a stand-in form, beside a results heading, as the page lays them out. */
function Page({ first, activeCount }: { first: SearchOutcome; activeCount: number }) {
  const [outcome, setOutcome] = useState(first);
  useEffect(() => {
    search.answer = setOutcome;
  }, []);
  return (
    <>
      <DiscoverFiltersPanel activeCount={activeCount} outcome={outcome} resultsId="results">
        <form aria-label="Search filters">
          <button type="button">Use my location</button>
        </form>
      </DiscoverFiltersPanel>
      <h2 id="results" tabIndex={-1}>
        Sessions
      </h2>
    </>
  );
}

const renderPanel = (first: SearchOutcome, language: LanguageCode = 'en', activeCount = 3) =>
  renderWithApp(<Page first={first} activeCount={activeCount} />, { language });

const toggle = () => screen.getByRole('button', { name: /^Filters/ });
const filters = () => screen.queryByRole('form', { name: 'Search filters' });

describe('DiscoverFiltersPanel on a phone', () => {
  it('is closed once the search has results, with the active filters on its button', async () => {
    renderPanel('results');
    expect(toggle().textContent).toBe('Filters · 3 active');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(toggle().getAttribute('aria-controls')!);
    expect(panel?.hidden).toBe(true);
    expect(filters()).toBeNull();

    await userEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(panel?.hidden).toBe(false);
    expect(filters()).not.toBeNull();
  });

  it('says "Filters" alone when none is in use', () => {
    renderPanel('results', 'en', 0);
    expect(toggle().textContent).toBe('Filters');
  });

  it('stays closed while the first search is asked, and opens when it finds nothing', () => {
    renderPanel('pending');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    answer('none');
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
  });

  it('closes when a search first has results, handing the focus from inside to its button', () => {
    renderPanel('none');
    screen.getByRole('button', { name: 'Use my location' }).focus();
    answer('pending');
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    answer('results');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle());
  });

  it('keeps the parent’s own choice whatever later searches find', async () => {
    renderPanel('results');
    await userEvent.click(toggle());
    answer('none');
    answer('results');
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(toggle());
    answer('none');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
  });

  it('skips past the filters to the results heading', async () => {
    renderPanel('none');
    await userEvent.click(screen.getByRole('link', { name: 'Skip to results' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Sessions' }));
  });

  it.each([
    ['ur', 3, 'فلٹر · 3 فعال', 'نتائج پر جائیں'],
    ['pl', 1, 'Filtry · 1 aktywny', 'Przejdź do wyników'],
    ['pl', 3, 'Filtry · 3 aktywne', 'Przejdź do wyników'],
    ['pl', 5, 'Filtry · 5 aktywnych', 'Przejdź do wyników'],
  ] as const)('speaks %s: %i active', (language, count, summary, skip) => {
    renderPanel('results', language, count);
    expect(screen.getByRole('button', { name: summary })).toBeTruthy();
    expect(screen.getByRole('link', { name: skip })).toBeTruthy();
  });
});

describe('DiscoverFiltersPanel on a wide screen', () => {
  let listeners: (() => void)[] = [];
  let wide = true;
  beforeEach(() => {
    wide = true;
    listeners = [];
    window.matchMedia = ((query: string) => ({
      matches: query === WIDE_SCREEN && wide,
      addEventListener: (_: string, listener: () => void) => listeners.push(listener),
      removeEventListener: (_: string, listener: () => void) => {
        listeners = listeners.filter((l) => l !== listener);
      },
    })) as unknown as typeof window.matchMedia;
  });
  afterEach(() => {
    // jsdom has none: put it back as it was.
    delete (window as { matchMedia?: unknown }).matchMedia;
  });

  it('lays the filters open with no button, and folds them again on a narrow window', () => {
    renderPanel('results');
    expect(filters()).not.toBeNull();
    expect(screen.queryByRole('button', { name: /^Filters/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Skip to results' })).toBeTruthy();

    wide = false;
    act(() => listeners.forEach((listener) => listener()));
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(filters()).toBeNull();
  });
});
