import { isAreaCell, TOWN_LANGUAGES } from '@village/shared';
import { IsIn, ValidationOptions, ValidateBy } from 'class-validator';

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

/** A language code we know; with `{ each: true }` for a list of them. */
export function IsLanguageCode(options: ValidationOptions = {}): PropertyDecorator {
  const what = options.each ? 'language codes' : 'a language code';
  return IsIn(TOWN_LANGUAGE_CODES, {
    ...options,
    message: `$property must be ${what} such as en, ur or pl`,
  });
}

/** A real H3 cell at the resolution we keep homes and help posts at (8, about 0.7 km²). */
export function IsAreaCell(options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAreaCell',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isAreaCell(value),
        defaultMessage: () => '$property must be an area cell id',
      },
    },
    options,
  );
}
