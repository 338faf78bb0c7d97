import { checkInPath, dateParam, normaliseCode, parseGuests, spacedCode } from './check-in-code';

describe('check-in codes on the page', () => {
  it('reads a typed code as the API does', () => {
    expect(normaliseCode(' abc-23x ')).toBe('ABC23X');
  });

  it('shows a code in two halves and links to the page that fills it in', () => {
    expect(spacedCode('ABC23X')).toBe('ABC 23X');
    expect(checkInPath('ABC23X')).toBe('/check-in/ABC23X');
  });

  it('takes only real dates from a register address', () => {
    expect(dateParam('2026-12-07')).toBe('2026-12-07');
    expect(dateParam('2026-13-40')).toBeNull();
    expect(dateParam('today')).toBeNull();
    expect(dateParam(undefined)).toBeNull();
  });

  it('reads a head count only when it is a whole number', () => {
    expect(parseGuests(' 12 ')).toBe(12);
    expect(parseGuests('-1')).toBeNull();
    expect(parseGuests('2.5')).toBeNull();
    expect(parseGuests('')).toBeNull();
  });
});
