import { safeNextPath, signInPathFor, signInReason } from './next-path';

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

  it('names the reason for signing in when posting sent someone here', () => {
    expect(signInReason('/help/new')).toBe('signIn.reason.post');
    expect(signInReason('/help/new?kind=REQUEST')).toBe('signIn.reason.post');
    expect(signInReason('/help/newer')).toBeNull();
    expect(signInReason('/account')).toBeNull();
  });
});
