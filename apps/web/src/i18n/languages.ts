/** The languages the interface is translated into. Names are endonyms: each in its own language. */
export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr', intlLocale: 'en-GB' },
  { code: 'ur', name: 'اردو', dir: 'rtl', intlLocale: 'ur' },
  { code: 'pl', name: 'Polski', dir: 'ltr', intlLocale: 'pl' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

export function languageFor(code: string): Language {
  return LANGUAGES.find((language) => language.code === code) ?? LANGUAGES[0];
}
