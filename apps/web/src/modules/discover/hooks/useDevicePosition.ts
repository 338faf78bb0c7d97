import { useCallback, useState } from 'react';
import type { Point } from '../utils/discover-filters';

export type PositionStatus = 'idle' | 'locating' | 'found' | 'denied' | 'unavailable';

// Kept in memory only, for this tab: coming Back from a session's page keeps searching from here.
// Never written to the URL, to storage or to the server beyond the search itself.
let remembered: Point | null = null;

/** The device's position, asked for when the person presses "Use my location". */
export function useDevicePosition() {
  const [position, setPosition] = useState<Point | null>(remembered);
  const [status, setStatus] = useState<PositionStatus>(remembered ? 'found' : 'idle');

  const locate = useCallback((): Promise<Point | null> => {
    if (!('geolocation' in navigator)) {
      setStatus('unavailable');
      return Promise.resolve(null);
    }
    setStatus('locating');
    return new Promise((resolve) => {
      navigator.geolocation.getCurrentPosition(
        ({ coords }) => {
          // About 10 m is plenty to find what is near; no need to carry more precision around.
          const point = {
            latitude: Math.round(coords.latitude * 10_000) / 10_000,
            longitude: Math.round(coords.longitude * 10_000) / 10_000,
          };
          remembered = point;
          setPosition(point);
          setStatus('found');
          resolve(point);
        },
        (error) => {
          setStatus(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable');
          resolve(null);
        },
        { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
      );
    });
  }, []);

  return { position, status, locate };
}
