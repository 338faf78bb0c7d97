import { safeNextPath, signInPathFor } from './next-path';

describe('where to go after signing in', () => {
  it('goes back to a page on this site', () => {
    expect(safeNextPath('/privacy')).toBe('/privacy');
    expect(safeNextPath('/groups/g1?kind=FAITH')).toBe('/groups/g1?kind=FAITH');
  });

  it('refuses addresses on other sites and falls back', () => {
    expect(safeNextPath('https://evil.example/')).toBe('/');
    expect(safeNextPath('//evil.example/')).toBe('/');
    expect(safeNextPath('/\\evil.example/')).toBe('/');
    expect(safeNextPath(null, '/account')).toBe('/account');
  });

  it('writes the way back into the sign-in address', () => {
    expect(signInPathFor('/privacy')).toBe('/sign-in?next=%2Fprivacy');
  });
});
