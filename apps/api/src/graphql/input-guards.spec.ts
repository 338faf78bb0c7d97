import { DomainError } from './domain-error';
import { nulAt, parseDateTime } from './input-guards';

describe('parseDateTime', () => {
  it.each([
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['0099-06-01T12:00:00Z', '0099-06-01T12:00:00.000Z'],
    ['2026-03-29T01:30:00+01:00', '2026-03-29T00:30:00.000Z'],
    ['2026-12-07t09:30:00.123456789z', '2026-12-07T09:30:00.123Z'],
    ['2024-02-29T00:00:00-05:30', '2024-02-29T05:30:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDateTime(text).toISOString()).toBe(iso);
  });

  it.each([
    'yesterday',
    '',
    '2026-12-07',
    '2026-12-07T09:30:00',
    '2026-12-07 09:30:00Z',
    '2026-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-12-07T24:00:00Z',
    '2026-12-07T09:60:00Z',
    '2026-12-07T09:30:60Z',
    '2026-12-07T09:30:00+24:00',
    '0000-12-31T23:59:59Z',
    '0001-01-01T00:00:00+00:01',
    '9999-12-31T23:59:59-00:01',
    '+010000-01-01T00:00:00Z',
    '+275760-09-13T00:00:00Z',
  ])('refuses %j', (text) => {
    expect(() => parseDateTime(text)).toThrow(DomainError);
  });

  it.each([null, 1765100000000, {}, ['2026-12-07T09:30:00Z']])('refuses %j', (value) => {
    expect(() => parseDateTime(value)).toThrow(/date and time such as/);
  });
});

describe('nulAt', () => {
  it('finds a NUL in nested input and names where', () => {
    expect(nulAt({ title: 'ok', slots: [{ note: 'a\0b' }] }, 'input')).toBe('input.slots.note');
    expect(nulAt(['en', 'u\0r'], 'languages')).toBe('languages');
    expect(nulAt('\0', 'q')).toBe('q');
  });

  it('passes text without one', () => {
    expect(nulAt({ title: 'Pram', when: new Date(), n: 3, tags: ['a'] }, 'input')).toBeNull();
  });
});
