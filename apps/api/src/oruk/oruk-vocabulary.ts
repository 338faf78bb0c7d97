import { AccessibilityFeature, GroupKind, SpaceKind } from '@village/shared';
import { TOWN_LANGUAGE_CODES } from '../graphql/validation';

/** Taxonomies Village writes on exported organisations and locations, and reads back first. */
export const GROUP_KIND_TAXONOMY = 'village-group-kind';
export const SPACE_KIND_TAXONOMY = 'village-space-kind';

/** English names and ISO 639-2/3 codes of the languages we know, to our codes. */
const LANGUAGE_ALIASES: Record<string, string> = {
  english: 'en',
  eng: 'en',
  urdu: 'ur',
  urd: 'ur',
  punjabi: 'pa',
  panjabi: 'pa',
  pan: 'pa',
  polish: 'pl',
  pol: 'pl',
  romanian: 'ro',
  ron: 'ro',
  rum: 'ro',
  slovak: 'sk',
  slk: 'sk',
  slo: 'sk',
  bengali: 'bn',
  bangla: 'bn',
  ben: 'bn',
  arabic: 'ar',
  ara: 'ar',
  persian: 'fa',
  farsi: 'fa',
  fas: 'fa',
  per: 'fa',
  kurdish: 'ku',
  kur: 'ku',
  somali: 'so',
  som: 'so',
  tigrinya: 'ti',
  tir: 'ti',
  ukrainian: 'uk',
  ukr: 'uk',
  french: 'fr',
  fra: 'fr',
  fre: 'fr',
  spanish: 'es',
  spa: 'es',
  portuguese: 'pt',
  por: 'pt',
  gujarati: 'gu',
  guj: 'gu',
  hindi: 'hi',
  hin: 'hi',
  tamil: 'ta',
  tam: 'ta',
  turkish: 'tr',
  tur: 'tr',
  chinese: 'zh',
  mandarin: 'zh',
  zho: 'zh',
  chi: 'zh',
  'british sign language': 'bsl',
  bfi: 'bsl',
};

/** ISO code we export for one of our language codes (BSL has no ISO 639-1 code; 639-3 is `bfi`). */
export function isoLanguageCode(code: string): string {
  return code === 'bsl' ? 'bfi' : code;
}

/** Our language code for an HSDS language (its `code`, else its `name`), or null when unknown. */
export function languageCodeOf(code: string | undefined, name: string | undefined): string | null {
  for (const raw of [code, name]) {
    const value = raw?.trim().toLowerCase();
    if (!value) continue;
    const base = value.split(/[-_]/)[0]!;
    if (TOWN_LANGUAGE_CODES.includes(value)) return value;
    if (TOWN_LANGUAGE_CODES.includes(base)) return base;
    const alias = LANGUAGE_ALIASES[value] ?? LANGUAGE_ALIASES[base];
    if (alias) return alias;
  }
  return null;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** The English name of one of our language codes. */
export function languageName(code: string): string {
  if (code === 'bsl') return 'British Sign Language';
  return LANGUAGE_NAMES.of(code) ?? code;
}

/** Words that say what kind of group an organisation is, first match wins. */
const GROUP_KIND_WORDS: [RegExp, GroupKind][] = [
  [
    /\b(mosque|masjid|church|chapel|gurdwara|mandir|temple|synagogue|parish|diocese|faith|islamic|muslim|christian|sikh|hindu|jewish|methodist|baptist|anglican|catholic)\b/i,
    GroupKind.FAITH,
  ],
  [
    /\b(food ?bank|pantry|mutual aid|community fridge|baby ?bank|clothes bank)\b/i,
    GroupKind.MUTUAL_AID,
  ],
  [/\b(home-?start|befriend\w*|volunteer\w*|doulas?)\b/i, GroupKind.VOLUNTEER_SCHEME],
  [/\b(parents'? (group|network|forum)|mums|dads|nct|parent-led)\b/i, GroupKind.PARENT_AND_BABY],
  // Public services first: a family hub "run by the council" is a service, not a civic group.
  [
    /\b(nhs|children'?s cent(re|er)s?|family hubs?|health visit\w*|midwi\w*|clinic)\b/i,
    GroupKind.SERVICE,
  ],
  [
    /\b(residents'?|tenants'?|association|council|library|libraries|civic|neighbourhood forum|parish council)\b/i,
    GroupKind.CIVIC,
  ],
];

/** A group kind for an organisation: from our taxonomy when present, else from its words. */
export function guessGroupKind(
  texts: readonly string[],
  taxonomyCodes: readonly string[],
): GroupKind {
  const tagged = taxonomyCodes.find((code): code is GroupKind =>
    Object.values(GroupKind).includes(code as GroupKind),
  );
  if (tagged) return tagged;
  const text = texts.join(' \n ');
  return GROUP_KIND_WORDS.find(([words]) => words.test(text))?.[1] ?? GroupKind.SERVICE;
}

const SPACE_KIND_WORDS: [RegExp, SpaceKind][] = [
  [/\b(mosque|masjid|islamic cent(re|er))\b/i, SpaceKind.MOSQUE],
  [/\b(gurdwara)\b/i, SpaceKind.GURDWARA],
  [/\b(church|chapel|cathedral|parish hall)\b/i, SpaceKind.CHURCH],
  [/\b(children'?s cent(re|er)|family hub|sure start)\b/i, SpaceKind.CHILDRENS_CENTRE],
  [/\b(library)\b/i, SpaceKind.LIBRARY],
  [/\b(caf[eé]|coffee shop)\b/i, SpaceKind.CAFE],
  [/\b(park|playground|gardens?)\b/i, SpaceKind.PARK],
];

/** A space kind for a location: from our taxonomy when present, else from its name and description. */
export function guessSpaceKind(
  texts: readonly string[],
  taxonomyCodes: readonly string[],
): SpaceKind {
  const tagged = taxonomyCodes.find((code): code is SpaceKind =>
    Object.values(SpaceKind).includes(code as SpaceKind),
  );
  if (tagged) return tagged;
  const text = texts.join(' \n ');
  return SPACE_KIND_WORDS.find(([words]) => words.test(text))?.[1] ?? SpaceKind.COMMUNITY_CENTRE;
}

/** How each feature is written on export; each phrase maps back to its feature on import. */
export const ACCESSIBILITY_DESCRIPTIONS: Record<AccessibilityFeature, string> = {
  [AccessibilityFeature.STEP_FREE]: 'Step-free access',
  [AccessibilityFeature.BABY_CHANGE]: 'Baby changing facilities',
  [AccessibilityFeature.PRAM_SPACE]: 'Space to leave prams and buggies',
  [AccessibilityFeature.QUIET_SPACE]: 'Quiet space',
  [AccessibilityFeature.HEARING_LOOP]: 'Hearing loop',
  [AccessibilityFeature.ACCESSIBLE_TOILET]: 'Accessible toilet',
};

const FEATURE_WORDS: [RegExp, AccessibilityFeature][] = [
  [/\bbaby[- ]?chang\w*|changing (table|mat|facilities)/i, AccessibilityFeature.BABY_CHANGE],
  [
    /\b(accessible|disabled|wheelchair[- ]accessible) (toilet|wc|loo)s?\b|changing places/i,
    AccessibilityFeature.ACCESSIBLE_TOILET,
  ],
  [
    /\bstep[- ]?free|level access|\bramps?\b|wheelchair access\b|\blifts? to\b/i,
    AccessibilityFeature.STEP_FREE,
  ],
  [/\b(pram|buggy|buggies|pushchairs?)\b/i, AccessibilityFeature.PRAM_SPACE],
  [/\bquiet (room|space|area)|sensory room/i, AccessibilityFeature.QUIET_SPACE],
  [/\b(hearing|induction) loop/i, AccessibilityFeature.HEARING_LOOP],
];

/**
 * The features a free-text accessibility note clearly states. A note that says "no", "not" or
 * "without" is read as saying what is missing and gives nothing.
 */
export function accessibilityFeaturesOf(text: string): AccessibilityFeature[] {
  if (/\b(no|not|without|unavailable|none)\b|n't\b/i.test(text)) return [];
  return FEATURE_WORDS.filter(([words]) => words.test(text)).map(([, feature]) => feature);
}

/** Words that mark a service for expectant parents when it gives no ages. */
export const PREGNANCY_WORDS =
  /\b(antenatal|ante-natal|pregnan\w*|expectant|expecting|bump|mums?-to-be|parents?-to-be)\b/i;
