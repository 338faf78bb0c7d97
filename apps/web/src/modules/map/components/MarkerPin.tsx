/** The pin a marker shows (decorative: the marker's accessible name says what it is). */
export const PIN_PATH =
  'M12 1C6 1 1.5 5.5 1.5 11.5 1.5 19 12 31 12 31s10.5-12 10.5-19.5C22.5 5.5 18 1 12 1z';

export function MarkerPin() {
  return (
    <svg viewBox="0 0 24 32" aria-hidden="true" focusable="false">
      <path d={PIN_PATH} />
    </svg>
  );
}
