/**
 * Screening of help posts and exchange messages for content that should be looked at by a person
 * before anyone else sees it: asking for children's photos, for money or bank details, offering or
 * asking for medicines, or asking someone to come alone (to a home). Pure and explainable: every
 * match names its rule and the words that matched, so a moderator sees why something was held and
 * the web can warn before sending with the same function.
 *
 * It holds for review, it never refuses: a false alarm costs a short wait, not a lost message.
 * Written for English, with a few common phrasings in Urdu and Polish (written by a non-native
 * speaker from dictionary forms; see docs/architecture.md, "Safety", for the gap).
 */
export enum RiskRule {
  CHILD_PHOTOS = 'CHILD_PHOTOS',
  MONEY = 'MONEY',
  MEDICINES = 'MEDICINES',
  MEETING_ALONE = 'MEETING_ALONE',
}

/** What a moderator reads next to a held item. */
export const RISK_RULE_DESCRIPTIONS: Readonly<Record<RiskRule, string>> = {
  [RiskRule.CHILD_PHOTOS]: 'Asks for photos or videos of children.',
  [RiskRule.MONEY]: 'Asks for money, a payment or bank or card details.',
  [RiskRule.MEDICINES]: 'Offers or asks for medicines, which should come from a pharmacist or GP.',
  [RiskRule.MEETING_ALONE]:
    'Asks someone to come alone or to keep the meeting secret, for example at a home.',
};

export interface RiskMatch {
  rule: RiskRule;
  /** The words that matched, as written (at most 80 characters). */
  phrase: string;
}

/** Letters and digits of any script count as word characters (JS's \b only knows ASCII). */
const L = String.raw`[\p{L}\p{M}\p{N}]`;
const word = (alternatives: string) => String.raw`(?<!${L})(?:${alternatives})(?!${L})`;
/** Up to `n` characters within one sentence (Latin and Urdu full stops end it). */
const gap = (n: number) => String.raw`[^.!?۔\n]{0,${n}}`;
const pattern = (source: string) => new RegExp(source, 'iu');

const CHILD_EN = String.raw`little\s+ones?|child(?:ren)?|child's|children's|kids?|kid's|son'?s?|daughters?|daughter's|bab(?:y|ies)|baby's|boys?|girls?|toddlers?`;
/** "Photos of the baby clothes" is about the clothes, not the baby. */
const NOT_ITEMS = String.raw`(?!'?s?\s+(?:clothes|clothing|items|things|stuff|gear|equipment|toys?|books?|bath|monitor|seat|carrier|bouncer|food|milk|formula|shoes|coat|cot|pram|buggy|bed|sling))`;
const PHOTO_EN = String.raw`photos?|photographs?|pictures?|pics?|selfies?|videos?|snaps?`;
const CHILD_UR = String.raw`بچوں|بچے|بچی|بچہ|بیٹی|بیٹے|بیٹا`;
const PHOTO_UR = String.raw`تصویر\p{L}*|تصاویر|فوٹو|ویڈیو`;
const CHILD_PL = String.raw`dzieck\p{L}*|dzieci\p{L}*|córk\p{L}*|córecz\p{L}*|syn\p{L}*|synk\p{L}*`;
const PHOTO_PL = String.raw`zdjęci\p{L}*|zdjęć|fotk\p{L}*|fotografi\p{L}*|nagrani\p{L}*|film\p{L}*`;

const ASKING_FOR_MONEY: readonly RegExp[] = [
  pattern(
    word('send|give|pay|lend|transfer|wire|need|want|bring') +
      String.raw`\s+(?:me\s+|us\s+)?(?:some\s+|a\s+little\s+|the\s+)?` +
      word(String.raw`money|cash|£\s?\d+|\$\s?\d+|a deposit|upfront`),
  ),
  // Urdu: "پیسے بھیجیں" (send money).
  pattern(word('پیسے|رقم') + gap(15) + word(String.raw`بھیج\p{L}*|دیں|دو|چاہی\p{L}*`)),
  // Polish: "przelej mi pieniądze".
  pattern(
    word(String.raw`przel\p{L}*|wyślij|prześlij|daj|pożycz`) +
      String.raw`\s+(?:mi\s+)?` +
      word(String.raw`pieniądz\p{L}*|pieniędzy|kas\p{L}*|zaliczk\p{L}*`),
  ),
];

/** Asking for the means to pay remotely: never needed to give or get help in person. */
const PAYMENT_DETAILS: readonly RegExp[] = [
  pattern(word(String.raw`bank\s+(?:details|account|transfer)`)),
  pattern(
    word(
      String.raw`account\s+number|sort\s+code|card\s+(?:details|number)|paypal|western\s+union|gift\s+cards?|bitcoin`,
    ),
  ),
  // Urdu: "بینک اکاؤنٹ" (bank account).
  pattern(word('بینک|بنک') + String.raw`\s*` + word(String.raw`اکاؤنٹ|اکاونٹ|تفصیل\p{L}*`)),
  // Polish: "numer konta", "dane karty".
  pattern(word(String.raw`numer\s+konta|dane\s+(?:do\s+)?(?:konta|karty|przelewu)`)),
];

const RULES: readonly { rule: RiskRule; patterns: readonly RegExp[] }[] = [
  {
    rule: RiskRule.CHILD_PHOTOS,
    patterns: [
      pattern(word(PHOTO_EN) + gap(30) + word(CHILD_EN) + NOT_ITEMS),
      pattern(word(CHILD_EN) + NOT_ITEMS + gap(15) + word(PHOTO_EN)),
      // Urdu: "بچوں کی تصویریں" (children's pictures), possessor first.
      pattern(word(CHILD_UR) + gap(20) + word(PHOTO_UR)),
      // Polish: "zdjęcia (twojej) córki".
      pattern(word(PHOTO_PL) + gap(20) + word(CHILD_PL)),
    ],
  },
  { rule: RiskRule.MONEY, patterns: [...ASKING_FOR_MONEY, ...PAYMENT_DETAILS] },
  {
    rule: RiskRule.MEDICINES,
    patterns: [
      pattern(
        word(
          String.raw`medicines?|medications?|meds|pills|tablets|prescriptions?|antibiotics|painkillers|calpol|paracetamol|ibuprofen|codeine|diazepam|sleeping\s+pills`,
        ),
      ),
      // Urdu: "دوائی" / "دوا" (medicine), "گولیاں" (tablets).
      pattern(word(String.raw`دوا|دوائی|دوائیں|ادویات|گولیاں`)),
      // Polish: "leki", "lekarstwa", "tabletki", "recepta".
      pattern(word(String.raw`lek|leki|leków|lekarstw\p{L}*|tabletk\p{L}*|recept\p{L}*`)),
    ],
  },
  {
    rule: RiskRule.MEETING_ALONE,
    patterns: [
      // An invitation to come alone, not someone saying they are alone ("come and sit with me, I'm
      // alone" does not match: a first person between the two ends it).
      // "Meet me alone" is an invitation too: the object straight after the verb does not end it.
      // "With a friend or on your own" is a welcome, not an invitation to come alone.
      pattern(
        word(String.raw`come|visit|meet|pop\s+(?:round|over)|drop\s+by`) +
          String.raw`(?:\s+(?:me|us)(?!${L}))?` +
          String.raw`(?:(?!${word(String.raw`I|I'm|I\s+am|me`)})[^.!?\n]){0,30}` +
          String.raw`(?<!${word('or')}\s+)` +
          word(String.raw`alone|on\s+your\s+own|by\s+yourself|without\s+anyone`) +
          String.raw`(?!\s+or${'(?!' + L + ')'})`,
      ),
      pattern(
        word(
          String.raw`don'?t\s+(?:bring|tell)\s+anyone|do\s+not\s+(?:bring|tell)\s+anyone|keep\s+(?:it|this)\s+(?:a\s+)?secret|keep\s+(?:it|this)\s+between\s+(?:us|ourselves|you\s+and\s+me)|no\s+one\s+(?:else\s+)?(?:needs\s+to\s+|has\s+to\s+)?know`,
        ),
      ),
      // Urdu: "اکیلے آئیں" (come alone), "کسی کو مت بتائیں" (don't tell anyone).
      pattern(word('اکیلے|اکیلی|تنہا') + String.raw`\s+` + word(String.raw`آ\p{L}*`)),
      pattern(word('کسی') + String.raw`\s+` + word('کو') + gap(6) + word(String.raw`بتا\p{L}*`)),
      // Polish: "przyjdź (do mnie) sama", "nikomu nie mów".
      pattern(
        word(String.raw`przyjdź|przyjdźcie|wpadnij|przyjedź|przyjdziesz`) +
          String.raw`(?:\s+\p{L}+){0,4}\s+` +
          word('sam|sama|same|sami'),
      ),
      pattern(word(String.raw`nikomu\s+nie\s+mów|nie\s+mów\s+nikomu`)),
    ],
  },
];

/**
 * The first request for payment details (bank, card, PayPal…) in a text, or null: the part of the
 * money rule that stays risky where asking for a cost is fine (a session's "pay £2 on the door").
 */
export function findPaymentDetails(text: string): RiskMatch | null {
  const normalised = text.normalize('NFC').replace(/[’‘]/g, "'");
  for (const regex of PAYMENT_DETAILS) {
    const match = regex.exec(normalised);
    if (match) return { rule: RiskRule.MONEY, phrase: match[0].trim().slice(0, 80) };
  }
  return null;
}

/**
 * The risk rules a text matches, each once, in rule order, with the first words that matched it.
 * Empty when there is nothing to hold.
 */
export function screenRiskyContent(text: string): RiskMatch[] {
  const found: RiskMatch[] = [];
  const normalised = text.normalize('NFC').replace(/[’‘]/g, "'");
  for (const { rule, patterns } of RULES) {
    for (const regex of patterns) {
      const match = regex.exec(normalised);
      if (match) {
        found.push({ rule, phrase: match[0].trim().slice(0, 80) });
        break;
      }
    }
  }
  return found;
}
