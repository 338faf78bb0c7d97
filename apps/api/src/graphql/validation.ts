import { TOWN_LANGUAGES } from '@village/shared';

/** Languages a session or group may declare (ISO 639-1); a wider list can come with more towns. */
export const TOWN_LANGUAGE_CODES: string[] = [
  ...TOWN_LANGUAGES,
  'fa',
  'ku',
  'so',
  'ti',
  'uk',
  'fr',
  'es',
  'pt',
  'gu',
  'hi',
  'ta',
  'tr',
  'zh',
  'bsl',
];
