import { websiteLink } from './website';

describe('websiteLink', () => {
  it('shows a web address by its host', () => {
    expect(websiteLink('https://www.example.org/families')).toEqual({
      href: 'https://www.example.org/families',
      label: 'example.org',
    });
  });

  it('refuses addresses that are not web pages', () => {
    expect(websiteLink('javascript:alert(1)')).toBeNull();
    expect(websiteLink('not a url')).toBeNull();
    expect(websiteLink(null)).toBeNull();
  });
});
