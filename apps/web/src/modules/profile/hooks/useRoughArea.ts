import { useCallback, useState } from 'react';
import { AREA_CELL_RESOLUTION } from '@village/shared';

export type RoughAreaState =
  | { status: 'idle' }
  | { status: 'locating' }
  | { status: 'failed'; reason: 'denied' | 'unavailable' | 'unsupported' };

/**
 * Asks the browser where the device is, once, and keeps only the coarse area cell around it
 * (H3 resolution 8, about 1 km across). The position itself is used on the device and dropped: it is
 * never stored, shown or sent. h3-js is loaded only when someone asks, so no one else downloads it.
 */
export function useRoughArea(onFound: (areaCell: string) => void) {
  const [state, setState] = useState<RoughAreaState>({ status: 'idle' });

  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setState({ status: 'failed', reason: 'unsupported' });
      return;
    }
    setState({ status: 'locating' });
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        void import('h3-js').then(
          ({ latLngToCell }) => {
            onFound(latLngToCell(coords.latitude, coords.longitude, AREA_CELL_RESOLUTION));
            setState({ status: 'idle' });
          },
          () => setState({ status: 'failed', reason: 'unavailable' }),
        );
      },
      (error) =>
        setState({
          status: 'failed',
          reason: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable',
        }),
      // A rough area needs no satellite fix: a quick, low-power answer, even a few minutes old, will do.
      { enableHighAccuracy: false, maximumAge: 10 * 60_000, timeout: 30_000 },
    );
  }, [onFound]);

  return { state, locate };
}
