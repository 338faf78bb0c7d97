import { ContactDetailKind, findContactDetails } from './contact-details';

const { PHONE_NUMBER, EMAIL_ADDRESS } = ContactDetailKind;

describe('finding contact details in a message', () => {
  it.each([
    ['Call me on 07700 900123', [PHONE_NUMBER]],
    ['ring +44 (0)7700-900-123 after six', [PHONE_NUMBER]],
    ['my number is 07700.900.123', [PHONE_NUMBER]],
    ['WhatsApp ۰۷۷۰۰۹۰۰۱۲۳ please', [PHONE_NUMBER]],
    ['text 0 7 7 0 0 9 0 0 1 2 3', [PHONE_NUMBER]],
    ['Polish mobile 512 345 678', [PHONE_NUMBER]],
  ])('finds a phone number in %j', (text, expected) => {
    expect(findContactDetails(text)).toEqual(expected);
  });

  it.each([
    ['email me: amira.b@example.com', [EMAIL_ADDRESS]],
    ['amira (at) example (dot) com', [EMAIL_ADDRESS]],
    ['amira at example dot co dot uk', [EMAIL_ADDRESS]],
    ['kasia.w [at] poczta [dot] pl', [EMAIL_ADDRESS]],
    ['write to amira at example.com', [EMAIL_ADDRESS]],
    ['amira＠example.org', [EMAIL_ADDRESS]],
  ])('finds an email address in %j', (text, expected) => {
    expect(findContactDetails(text)).toEqual(expected);
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
  ])('leaves ordinary text alone: %j', (text) => {
    expect(findContactDetails(text)).toEqual([]);
  });
});
