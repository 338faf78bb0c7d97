import { useId, useState } from 'react';
import { useDevicePosition } from '../hooks/useDevicePosition';
import { useDiscoverFilters } from '../hooks/useDiscoverFilters';
import { useSessionSearch } from '../hooks/useSessionSearch';
import { useMapSettings } from '../../map/hooks/useMapSettings';
import type { TypedPlace } from '../../map/utils/typed-place';
import { useSearchParam } from '../../routing/hooks/useSearchParam';
import {
  activeFilterCount,
  HERE,
  searchFrom,
  type DiscoverFilters,
} from '../utils/discover-filters';
import { placeProblem } from '../utils/place-problem';
import { usesProfile, type ProfileStart } from '../utils/profile-start';
import { DiscoverFiltersForm } from './DiscoverFiltersForm';
import { DiscoverFiltersPanel } from './DiscoverFiltersPanel';
import { DiscoverResults } from './DiscoverResults';
import { ProfileNotice } from './ProfileNotice';

export interface DiscoverSearchProps {
  /** What a signed-in parent's profile starts the search from; null when signed out. */
  start: ProfileStart | null;
  /** Her profile's area cell, for "My area". */
  myAreaCell: string | null;
}

/**
 * The discover search: filters (with where from: an area, my location, my area, or a typed
 * postcode or address) and results. Mounted once it is known who is searching, so it starts from
 * her profile without searching from the defaults first.
 */
export function DiscoverSearch({ start, myAreaCell }: DiscoverSearchProps) {
  const [filters, setFilters] = useDiscoverFilters(start);
  const [view, setView] = useSearchParam('view');
  const { position, status, locate } = useDevicePosition();
  const { addressSearch } = useMapSettings();
  // A typed postcode or address: in this page's memory only (never the URL, storage or the API's).
  const [typed, setTyped] = useState<TypedPlace | null>(null);
  const [openFilters, setOpenFilters] = useState(0);
  const from = searchFrom(filters, position, typed, myAreaCell);
  const search = useSessionSearch(filters, from);
  const resultsId = useId();

  const change = (next: Partial<DiscoverFilters>) => {
    // Choosing where to search from replaces a typed place.
    if (next.near !== undefined) setTyped(null);
    setFilters(next);
  };
  const useMyLocation = () =>
    void locate().then((point) => {
      if (point) change({ near: HERE });
    });

  return (
    <>
      {start && !typed && usesProfile(filters, start) ? (
        <ProfileNotice start={start} onChange={() => setOpenFilters((count) => count + 1)} />
      ) : null}
      <div className="discover-layout">
        <DiscoverFiltersPanel
          activeCount={activeFilterCount(filters)}
          outcome={search.outcome}
          resultsId={resultsId}
          openSignal={openFilters}
        >
          <DiscoverFiltersForm
            filters={filters}
            onChange={change}
            positionStatus={status}
            onUseMyLocation={useMyLocation}
            hasMyArea={myAreaCell !== null}
            place={{
              place: typed,
              onSearch: setTyped,
              addresses: addressSearch,
              problem: typed ? placeProblem(search.error) : null,
            }}
          />
        </DiscoverFiltersPanel>
        <DiscoverResults
          search={search}
          from={from}
          headingId={resultsId}
          view={view === 'map' ? 'map' : 'list'}
          onViewChange={(next) => setView(next === 'map' ? 'map' : null)}
        />
      </div>
    </>
  );
}
