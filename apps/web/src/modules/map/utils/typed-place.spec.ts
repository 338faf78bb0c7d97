import { typedPlace } from './typed-place';

describe('typedPlace', () => {
  it.each([
    ['ls6 1aa', { postcode: 'LS6 1AA' }],
    ['  BD8   7QX ', { postcode: 'BD8 7QX' }],
    ['LS6 1A', { postcode: 'LS6 1A' }],
    ['12 Mill Lane, Northgate', { address: '12 Mill Lane, Northgate' }],
    ['Westgate   Library', { address: 'Westgate Library' }],
    ['   ', null],
  ])('reads %p as %p', (text, place) => {
    expect(typedPlace(text)).toEqual(place);
  });
});
