import { originAllowed, OriginPolicy } from './websocket-origin';

const production: OriginPolicy = {
  publicUrl: 'https://village.example',
  extraOrigins: ['https://partner.example'],
  production: true,
};

describe('originAllowed', () => {
  it("lets the app's own pages and the configured origins connect", () => {
    expect(originAllowed('https://village.example', production)).toBe(true);
    expect(originAllowed('https://partner.example', production)).toBe(true);
  });

  it('refuses pages of any other site, scheme or port', () => {
    for (const origin of [
      'https://evil.example',
      'http://village.example',
      'https://village.example:8443',
      'https://village.example.evil.example',
      'null',
      'not a url',
    ])
      expect(originAllowed(origin, production)).toBe(false);
  });

  it('lets a client without an Origin header (a program, not a page) connect', () => {
    expect(originAllowed(undefined, production)).toBe(true);
  });

  it('lets pages on this machine connect outside production only (the web dev server)', () => {
    expect(originAllowed('http://localhost:5173', production)).toBe(false);
    const development = { ...production, production: false };
    expect(originAllowed('http://localhost:5173', development)).toBe(true);
    expect(originAllowed('http://127.0.0.1:4200', development)).toBe(true);
    expect(originAllowed('https://evil.example', development)).toBe(false);
  });
});
