import type { MapPlace } from '../utils/places';
import type { Point } from '../utils/projection';

/** What every way of drawing the map is given. */
export interface MapViewProps {
  places: readonly MapPlace[];
  /** Where the search is from: drawn as a ring, not a button. */
  from: Point | null;
  /** The place whose details are open, if any. */
  selectedId: string | null;
  /** A marker was pressed (by pointer, Enter or Space). */
  onSelect: (id: string) => void;
  /** The id of the text that says how the markers work. */
  hintId?: string;
  /** The id of the panel a marker opens. */
  panelId?: string;
}

/** Width ÷ height of the map; the stylesheet gives the box the same ratio. */
export const MAP_ASPECT = 4 / 3;
