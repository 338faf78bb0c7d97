import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  filtersToParams,
  hasFilterParams,
  loadStoredFilters,
  parseFilters,
  storeFilters,
  type DiscoverFilters,
} from '../utils/discover-filters';

/**
 * The discover filters as state. The URL is the truth (a link shares the search, Back and reload keep
 * it); a visit without filters in its URL starts from the ones remembered last time, with `start`
 * (a signed-in parent's profile) over them until the first change, and every change is remembered
 * for the next visit.
 */
export function useDiscoverFilters(
  start: Partial<DiscoverFilters> | null = null,
): [DiscoverFilters, (change: Partial<DiscoverFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const fromUrl = hasFilterParams(params);
  // Offered once: after the first change, a URL without filters means the defaults, not the profile.
  const [offer, setOffer] = useState(start);
  // Read once per visit: a remembered search only fills in for a URL that has none.
  const stored = useMemo(() => {
    if (fromUrl) return null;
    const remembered = loadStoredFilters();
    if (!offer) return remembered;
    return filtersToParams({
      ...parseFilters(new URLSearchParams(remembered ?? '')),
      ...offer,
    }).toString();
  }, [fromUrl, offer]);
  const filters = useMemo(
    () => parseFilters(fromUrl || !stored ? params : new URLSearchParams(stored)),
    [fromUrl, params, stored],
  );

  // Show the remembered search in the address bar too, so it can be shared as it is.
  useEffect(() => {
    if (!fromUrl && stored)
      setParams((current) => filtersToParams(parseFilters(new URLSearchParams(stored)), current), {
        replace: true,
      });
  }, [fromUrl, stored, setParams]);

  // The router applies URL changes as transitions, later than a click: shown alone, a checkbox would
  // spring back until then, and a second quick change would undo the first. So a change is shown at
  // once (re-rendering from `latest`), and the next change builds on it; the URL catches up.
  const latest = useRef(filters);
  const [, showChange] = useReducer((count: number) => count + 1, 0);
  const rendered = useRef(filters);
  if (rendered.current !== filters) {
    rendered.current = filters;
    latest.current = filters;
  }

  const setFilters = useCallback(
    (change: Partial<DiscoverFilters>) => {
      const next = { ...latest.current, ...change };
      latest.current = next;
      setOffer(null);
      storeFilters(next);
      showChange();
      setParams((current) => filtersToParams(next, current), { replace: true });
    },
    [setParams],
  );
  return [latest.current, setFilters];
}
