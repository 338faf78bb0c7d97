import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DiscoverFiltersForm } from '../../modules/discover/components/DiscoverFiltersForm';
import { DiscoverFiltersPanel } from '../../modules/discover/components/DiscoverFiltersPanel';
import { DiscoverResults } from '../../modules/discover/components/DiscoverResults';
import { useDevicePosition } from '../../modules/discover/hooks/useDevicePosition';
import { useDiscoverFilters } from '../../modules/discover/hooks/useDiscoverFilters';
import { useSessionSearch } from '../../modules/discover/hooks/useSessionSearch';
import {
  activeFilterCount,
  HERE,
  searchPoint,
} from '../../modules/discover/utils/discover-filters';
import { useSearchParam } from '../../modules/routing/hooks/useSearchParam';

export function DiscoverPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useDiscoverFilters();
  const [view, setView] = useSearchParam('view');
  const { position, status, locate } = useDevicePosition();
  const from = searchPoint(filters, position);
  const search = useSessionSearch(filters, from);
  const resultsId = useId();

  const useMyLocation = () =>
    void locate().then((point) => {
      if (point) setFilters({ near: HERE });
    });

  return (
    <>
      <title>{t('app.pageTitle', { page: t('discover.title') })}</title>
      <header className="page-header">
        <h1>{t('discover.title')}</h1>
        <p className="lead">{t('discover.intro')}</p>
      </header>
      <div className="discover-layout">
        <DiscoverFiltersPanel
          activeCount={activeFilterCount(filters)}
          outcome={search.outcome}
          resultsId={resultsId}
        >
          <DiscoverFiltersForm
            filters={filters}
            onChange={setFilters}
            positionStatus={status}
            onUseMyLocation={useMyLocation}
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
