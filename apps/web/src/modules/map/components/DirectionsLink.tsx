import { directionsUrl } from '@village/shared';
import { useTranslation } from 'react-i18next';
import { useMapSettings } from '../hooks/useMapSettings';

export interface DirectionsLinkProps {
  /** A public place's position (a space: never a person's). */
  latitude: number;
  longitude: number;
  /** The place's name, so the link says where it goes. */
  name: string;
}

/** "Directions" to a place, in the directions service the API names (OpenStreetMap by default). */
export function DirectionsLink({ latitude, longitude, name }: DirectionsLinkProps) {
  const { t } = useTranslation();
  const { directionsUrl: template } = useMapSettings();
  return (
    <a
      className="directions-link"
      href={directionsUrl(template, latitude, longitude)}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={t('where.directionsTo', { place: name })}
    >
      {t('where.directions')}
    </a>
  );
}
