/**
 * Finds phone numbers, email addresses and messaging handles in text people send each other through
 * Village, so that nobody's contact details travel through an exchange before they choose to meet.
 * Written to catch the usual ways of typing them (spaces, dots, dashes, brackets, "+44", digits in
 * any script or spelt out in English words, "at" and "dot" spelt out, a free-mail provider named
 * without its ending, "whatsapp me", "insta @handle"); a determined person can still get round it,
 * so it is a safeguard, not a wall (docs/security.md, "What screening can and cannot catch").
 */
export enum ContactDetailKind {
  PHONE_NUMBER = 'PHONE_NUMBER',
  EMAIL_ADDRESS = 'EMAIL_ADDRESS',
  /** A handle on a messaging or social app, or an invitation to move to one ("whatsapp me"). */
  MESSAGING_HANDLE = 'MESSAGING_HANDLE',
}

/** Nine or more digits (in any script) with only spaces, dots, dashes, slashes or brackets between. */
const PHONE = /(?:\+\s*)?\p{Nd}(?:[\s.()/_\-‐-―]*\p{Nd}){8,}/u;

const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: '0',
  nought: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const DIGIT = String.raw`(?:${Object.keys(DIGIT_WORDS).join('|')}|\p{Nd})`;
/** One spoken digit or group: "seven", "7", "700", "double oh", "triple nine". */
const SPOKEN = String.raw`(?:(?:double|triple)[\s\-]+${DIGIT}|\p{Nd}+|${DIGIT})`;
/** A run of spoken digits, as people spell a number out: spaces, commas, dots or dashes between. */
const SPOKEN_RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${SPOKEN}(?:[\s,.\-/]+${SPOKEN})*(?![\p{L}\p{N}])`,
  'giu',
);

function digitsOf(run: string): string {
  return [...run.toLowerCase().matchAll(/(double|triple)[\s-]+(\p{L}+|\p{Nd})|\p{L}+|\p{Nd}/gu)]
    .map(([token, times, digit]) => {
      if (times && digit) return (DIGIT_WORDS[digit] ?? digit).repeat(times === 'double' ? 2 : 3);
      return DIGIT_WORDS[token] ?? token;
    })
    .join('');
}

/** Counting ("one two three … nine") is not a number anyone rings. */
const isCounting = (digits: string) =>
  [...digits].every((digit, i) => i === 0 || Number(digit) === Number(digits[i - 1]) + 1);

/** Nine or more digits once the words are read as digits, with at least one word among them. */
function hasSpeltOutPhone(text: string): boolean {
  for (const [run] of text.matchAll(SPOKEN_RUN)) {
    if (!/\p{L}/u.test(run)) continue;
    const digits = digitsOf(run);
    if (digits.length >= 9 && !isCounting(digits)) return true;
  }
  return false;
}

const AT = String.raw`(?:@|＠|\s*[([{]\s*at\s*[)\]}]\s*|\s+at\s+)`;
const DOT = String.raw`(?:\.|\s*[([{]\s*dot\s*[)\]}]\s*|\s+dot\s+)`;
const EMAIL = new RegExp(
  String.raw`[\p{L}\p{N}._%+\-]+\s*${AT}\s*[\p{L}\p{N}\-]+(?:${DOT}[\p{L}\p{N}\-]+)*${DOT}\p{L}{2,}`,
  'iu',
);
/** "sue at gmail": a free-mail provider needs no ending to be an address. */
const PROVIDER = new RegExp(
  String.raw`[\p{L}\p{N}._%+\-]+${AT}(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|aol|protonmail|btinternet|gmx|onet|interia)(?![\p{L}\p{N}])`,
  'iu',
);
/**
 * With "@" it is an address; with "at" spelt out ("see you at church.Thanks") only when "dot" is
 * spelt out too or it ends like an address does.
 */
const ADDRESS_ENDING = /(?:dot|\.)\s*(?:com|net|org|info|uk|pl|ro|sk|pk|bd|in|me|io)$/i;
const isAddress = (match: string) =>
  /[@＠]/.test(match) || /dot/i.test(match) || ADDRESS_ENDING.test(match);

const APP = String.raw`(?:whats\s?app|wa\.me|insta(?:gram)?|snap(?:chat)?|telegram|signal|facebook(?:\s+messenger)?|fb|messenger|tik\s?tok|twitter|kik|viber|wechat|واٹس\s?ایپ)`;
const HANDLE = String.raw`@[\p{L}\p{N}_.]{2,}`;
const MESSAGING = [
  // "whatsapp me", "snap me": the app as a verb.
  String.raw`${APP}\s+(?:me|us)(?![\p{L}\p{N}])`,
  // "add me on snapchat", "DM me on insta", "find me on Instagram".
  String.raw`(?:add|message|msg|dm|pm|find|follow|contact|reach|ping|text|call)\s+(?:me|us)\s+(?:up\s+)?(?:on|via|through)\s+${APP}`,
  // "insta @sue_bakes", "telegram: @suebakes", "@sue on TikTok".
  String.raw`${APP}\s*(?:[:\-=]|is|handle|name|username|id)?\s*${HANDLE}`,
  String.raw`${HANDLE}\s+(?:on|at)\s+${APP}`,
  // "my insta is sue.bakes".
  String.raw`my\s+${APP}\s+(?:is|handle|name|username|id)\b`,
  // A chat link.
  String.raw`wa\.me/`,
].map((source) => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${source})`, 'iu'));

export function findContactDetails(text: string): ContactDetailKind[] {
  const found: ContactDetailKind[] = [];
  if (PHONE.test(text) || hasSpeltOutPhone(text)) found.push(ContactDetailKind.PHONE_NUMBER);
  const email = EMAIL.exec(text);
  if ((email && isAddress(email[0])) || PROVIDER.test(text))
    found.push(ContactDetailKind.EMAIL_ADDRESS);
  if (MESSAGING.some((pattern) => pattern.test(text)))
    found.push(ContactDetailKind.MESSAGING_HANDLE);
  return found;
}
