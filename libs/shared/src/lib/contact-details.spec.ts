import { ContactDetailKind, findContactDetails } from './contact-details';

const { PHONE_NUMBER, EMAIL_ADDRESS, MESSAGING_HANDLE } = ContactDetailKind;

describe('finding contact details in a message', () => {
  it.each([
    ['Call me on 07700 900123', [PHONE_NUMBER]],
    ['ring +44 (0)7700-900-123 after six', [PHONE_NUMBER]],
    ['my number is 07700.900.123', [PHONE_NUMBER]],
    ['WhatsApp ۰۷۷۰۰۹۰۰۱۲۳ please', [PHONE_NUMBER]],
    ['text 0 7 7 0 0 9 0 0 1 2 3', [PHONE_NUMBER]],
    ['Polish mobile 512 345 678', [PHONE_NUMBER]],
    ['07 700 . 900 . 123', [PHONE_NUMBER]],
    ['0770 0900/123', [PHONE_NUMBER]],
    ['07700_900_123', [PHONE_NUMBER]],
    // Spelt out, in words, mixed with digits, with "double" and "triple".
    ['zero seven seven nine one two three four five six seven', [PHONE_NUMBER]],
    ['Ring me: oh seven seven double oh, nine double oh, one two three', [PHONE_NUMBER]],
    ['07 seven 00 nine 0 0 one 2 3', [PHONE_NUMBER]],
    ['ZERO SEVEN SEVEN ZERO ZERO NINE ZERO ZERO ONE TWO THREE', [PHONE_NUMBER]],
    ['zero-seven-seven-zero-zero nine-zero-zero one-two-three', [PHONE_NUMBER]],
    ['my num is 0 seven 7 double zero, triple nine, 1 2 3', [PHONE_NUMBER]],
  ])('finds a phone number in %j', (text, expected) => {
    expect(findContactDetails(text)).toStrictEqual(expected);
  });

  it.each([
    ['email me: amira.b@example.com', [EMAIL_ADDRESS]],
    ['amira (at) example (dot) com', [EMAIL_ADDRESS]],
    ['amira at example dot co dot uk', [EMAIL_ADDRESS]],
    ['kasia.w [at] poczta [dot] pl', [EMAIL_ADDRESS]],
    ['write to amira at example.com', [EMAIL_ADDRESS]],
    ['amira＠example.org', [EMAIL_ADDRESS]],
    ['Write to sue at gmail dot com', [EMAIL_ADDRESS]],
    ['sue.b at hotmail dot co dot uk', [EMAIL_ADDRESS]],
    ['sue b at gmail', [EMAIL_ADDRESS]],
    ['my email is suebrown at yahoo', [EMAIL_ADDRESS]],
    ['sue {at} outlook {dot} com', [EMAIL_ADDRESS]],
  ])('finds an email address in %j', (text, expected) => {
    expect(findContactDetails(text)).toStrictEqual(expected);
  });

  it.each([
    ['whatsapp me', [MESSAGING_HANDLE]],
    ['Just WhatsApp me when you are free', [MESSAGING_HANDLE]],
    ['snap me later x', [MESSAGING_HANDLE]],
    ['insta @sue_bakes', [MESSAGING_HANDLE]],
    ['my insta is sue.bakes', [MESSAGING_HANDLE]],
    ['find me on Instagram, sue_bakes', [MESSAGING_HANDLE]],
    ['add me on snapchat', [MESSAGING_HANDLE]],
    ['message me on facebook messenger', [MESSAGING_HANDLE]],
    ['DM me on insta', [MESSAGING_HANDLE]],
    ['I am @sue_bakes on TikTok', [MESSAGING_HANDLE]],
    ['telegram: @suebakes', [MESSAGING_HANDLE]],
    ['my snap is suebakes99', [MESSAGING_HANDLE]],
    ['wa.me/447700900123', [MESSAGING_HANDLE, PHONE_NUMBER].sort()],
  ])('finds a messaging handle in %j', (text, expected) => {
    expect([...findContactDetails(text)].sort()).toStrictEqual(expected);
  });

  it('finds both at once', () => {
    expect(findContactDetails('07700 900123 or amira@example.com')).toEqual([
      PHONE_NUMBER,
      EMAIL_ADDRESS,
    ]);
  });

  it.each([
    'See you Tuesday at 10:30 at the library, I have 2 bags of size 12 clothes',
    'Born 2024-05-01, she is 18 months now',
    'Room 101 at the children’s centre, bus 72 or 680',
    'see you at church.Thanks so much!',
    'Meet at the Westgate centre at 10.30 on 12.03.2026',
    'Can do £20 of shopping, 3 bags',
    'آپ کا بہت شکریہ، منگل کو ملتے ہیں',
    // Numbers in words that are not a phone number.
    'my baby is seven months old',
    'the session is at 10 am',
    'bring a snack',
    'I have two boys, one is three and one is five, and a baby of nine months',
    'one two three four, five six seven eight, nine ten, a big fat hen',
    'Open 9 to 5, Monday to Friday, 2 2 hours sessions',
    'Come at one, oh, and bring a coat',
    // "at" between words that are not an address.
    'see you at the library at ten',
    'drop it at Sue at the corner shop',
    'I will be at home at noon',
    // Messaging apps named but no handle given or asked for.
    'I am not on WhatsApp, sorry',
    'Our WhatsApp group is for members only; ask at the session',
    'She took a snap of the garden',
    'Can you snap the lid back on?',
    'We met on Facebook Marketplace years ago',
    'Email addresses are not allowed here, I know',
  ])('leaves ordinary text alone: %j', (text) => {
    expect(findContactDetails(text)).toStrictEqual([]);
  });
});
