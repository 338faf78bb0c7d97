import { useTranslation } from 'react-i18next';
import { DiscoverFiltersForm } from '../../modules/discover/components/DiscoverFiltersForm';
import { DiscoverResults } from '../../modules/discover/components/DiscoverResults';
import { useDevicePosition } from '../../modules/discover/hooks/useDevicePosition';
import { useDiscoverFilters } from '../../modules/discover/hooks/useDiscoverFilters';
import { HERE, searchPoint } from '../../modules/discover/utils/discover-filters';
import { useSearchParam } from '../../modules/routing/hooks/useSearchParam';

export function DiscoverPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useDiscoverFilters();
  const [view, setView] = useSearchParam('view');
  const { position, status, locate } = useDevicePosition();

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
        <DiscoverFiltersForm
          filters={filters}
          onChange={setFilters}
          positionStatus={status}
          onUseMyLocation={useMyLocation}
        />
        <DiscoverResults
          filters={filters}
          from={searchPoint(filters, position)}
          view={view === 'map' ? 'map' : 'list'}
          onViewChange={(next) => setView(next === 'map' ? 'map' : null)}
        />
      </div>
    </>
  );
}
