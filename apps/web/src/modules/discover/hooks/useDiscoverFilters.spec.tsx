import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import { STORAGE_KEY } from '../utils/discover-filters';
import { useDiscoverFilters } from './useDiscoverFilters';

function Probe() {
  const [filters, setFilters] = useDiscoverFilters();
  return (
    <>
      <p data-testid="filters">{JSON.stringify(filters)}</p>
      <button type="button" onClick={() => setFilters({ freeOnly: !filters.freeOnly })}>
        Toggle free
      </button>
    </>
  );
}

const shown = () => JSON.parse(screen.getByTestId('filters').textContent ?? '{}') as object;
const address = () => screen.getByTestId('location').textContent;

describe('useDiscoverFilters', () => {
  beforeEach(() => window.localStorage.clear());

  it('reads the filters from the URL and writes changes back there and to storage', async () => {
    renderWithApp(<Probe />, { url: '/discover?age=8&view=map', path: '/discover' });
    expect(shown()).toMatchObject({ childAgeMonths: 8, freeOnly: false });

    await userEvent.click(screen.getByRole('button', { name: 'Toggle free' }));

    expect(shown()).toMatchObject({ childAgeMonths: 8, freeOnly: true });
    expect(address()).toBe('/discover?view=map&age=8&free=1');
    expect(window.localStorage.getItem(STORAGE_KEY)).toBe('age=8&free=1');
  });

  it('starts a visit without filters from the ones remembered last time', async () => {
    window.localStorage.setItem(STORAGE_KEY, 'lang=ur&free=1');
    renderWithApp(<Probe />, { url: '/discover', path: '/discover' });

    expect(shown()).toMatchObject({ languages: ['ur'], freeOnly: true });
    expect(await screen.findByText('/discover?lang=ur&free=1', { exact: true })).toBeTruthy();
  });

  it('lets a shared link win over what was remembered', () => {
    window.localStorage.setItem(STORAGE_KEY, 'lang=ur&free=1');
    renderWithApp(<Probe />, { url: '/discover?lang=pl', path: '/discover' });
    expect(shown()).toMatchObject({ languages: ['pl'], freeOnly: false });
  });
});
