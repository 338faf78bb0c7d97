import { ErrorCode } from '../graphql/domain-error';
import { normalisePostcode, PlaceProblem, placeError } from './postcode';

describe('normalisePostcode', () => {
  it.each([
    ['ls6 1aa', 'LS6 1AA'],
    ['LS61AA', 'LS6 1AA'],
    ['  ls6   1AA ', 'LS6 1AA'],
    ['bd8 7qx', 'BD8 7QX'],
    ['SW1A1AA', 'SW1A 1AA'],
    ['ec1a 1bb', 'EC1A 1BB'],
    ['m1 1ae', 'M1 1AE'],
    ['B338TH', 'B33 8TH'],
    ['gir 0aa', 'GIR 0AA'],
  ])('writes %p as %p', (typed, written) => {
    expect(normalisePostcode(typed)).toBe(written);
  });

  it.each(['', 'LS6', '1AA', 'LS6 1A', 'LS6 AAA', '12345', 'LS6 1AA X', 'L$6 1AA', 'ABC1 1AA'])(
    'refuses %p, which is not shaped like a postcode',
    (typed) => {
      expect(normalisePostcode(typed)).toBeNull();
    },
  );
});

describe('placeError', () => {
  it('tells an unknown postcode from text that is not one, without repeating it', () => {
    const unknown = placeError(PlaceProblem.UNKNOWN_POSTCODE, 'postcode');
    const notOne = placeError(PlaceProblem.NOT_A_POSTCODE, 'postcode');
    expect(unknown.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(unknown.message).toMatch(/We don’t know that postcode/);
    expect(unknown.details).toEqual({ reason: 'UNKNOWN_POSTCODE' });
    expect(notOne.message).toMatch(/That isn’t a UK postcode/);
    expect(notOne.field).toBe('postcode');
  });
});
