import {
  CODE_ALPHABET,
  CODE_LENGTH,
  checkInWindow,
  newCheckInCode,
  normaliseCode,
  registerWindow,
  whereIn,
} from './check-in-window';

const date = {
  start: new Date('2026-12-07T10:00:00Z'),
  end: new Date('2026-12-07T11:30:00Z'),
};
const at = (iso: string) => new Date(iso);

describe('check-in windows', () => {
  it('opens the code half an hour before the start and closes it half an hour after the end', () => {
    const window = checkInWindow(date);
    expect(whereIn(window, at('2026-12-07T09:29:59Z'))).toBe('before');
    expect(whereIn(window, at('2026-12-07T09:30:00Z'))).toBe('open');
    expect(whereIn(window, at('2026-12-07T12:00:00Z'))).toBe('open');
    expect(whereIn(window, at('2026-12-07T12:00:01Z'))).toBe('after');
  });

  it('lets organisers change the register from an hour before until a week after the end', () => {
    const window = registerWindow(date);
    expect(whereIn(window, at('2026-12-07T08:59:59Z'))).toBe('before');
    expect(whereIn(window, at('2026-12-07T09:00:00Z'))).toBe('open');
    expect(whereIn(window, at('2026-12-14T11:30:00Z'))).toBe('open');
    expect(whereIn(window, at('2026-12-14T11:30:01Z'))).toBe('after');
  });
});

describe('check-in codes', () => {
  it('are six characters nobody confuses on a poster', () => {
    const codes = Array.from({ length: 200 }, newCheckInCode);
    for (const code of codes) {
      expect(code).toHaveLength(CODE_LENGTH);
      expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    }
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it('reads what a person typed in any case, with spaces or a dash', () => {
    expect(normaliseCode(' abc-23x ')).toBe('ABC23X');
    expect(normaliseCode('ABC 23X')).toBe('ABC23X');
  });
});
