import { RISK_RULE_DESCRIPTIONS, RiskRule, screenRiskyContent } from './risky-content';

const { CHILD_PHOTOS, MONEY, MEDICINES, MEETING_ALONE } = RiskRule;
const rulesOf = (text: string) => screenRiskyContent(text).map((match) => match.rule);

describe('screening for risky content', () => {
  it.each([
    ['Could you send me some photos of your kids first?', [CHILD_PHOTOS]],
    ['I would love a picture of the children in the dresses', [CHILD_PHOTOS]],
    ['send your daughter’s photo please', [CHILD_PHOTOS]],
    ['Please send me £50 first and I will post it', [MONEY]],
    ['What are your bank details?', [MONEY]],
    ['I just need your sort code to check', [MONEY]],
    ['Pay me upfront by PayPal', [MONEY]],
    ['I have some leftover antibiotics if anyone needs them', [MEDICINES]],
    ['Spare Calpol and paracetamol', [MEDICINES]],
    ['Come to my flat on your own', [MEETING_ALONE]],
    ['Come alone, it is easier', [MEETING_ALONE]],
    ['Don’t tell anyone about this', [MEETING_ALONE]],
    [
      'Come alone to my house and bring your bank details and pictures of your son',
      [CHILD_PHOTOS, MONEY, MEETING_ALONE],
    ],
  ])('holds %j in English', (text, expected) => {
    expect(rulesOf(text)).toEqual(expected);
  });

  it.each([
    // "Please send pictures of your children."
    ['براہ کرم اپنے بچوں کی تصویریں بھیجیں', [CHILD_PHOTOS]],
    // "First send money."
    ['پہلے پیسے بھیجیں', [MONEY]],
    // "Give me your bank account."
    ['مجھے اپنا بینک اکاؤنٹ دیں', [MONEY]],
    // "I have extra medicine."
    ['میرے پاس اضافی دوائی ہے', [MEDICINES]],
    // "Come to my house alone."
    ['میرے گھر اکیلے آئیں', [MEETING_ALONE]],
  ])('holds %j in Urdu', (text, expected) => {
    expect(rulesOf(text)).toEqual(expected);
  });

  it.each([
    // "Send me photos of your daughter."
    ['Wyślij mi zdjęcia twojej córki', [CHILD_PHOTOS]],
    // "Transfer me the money first."
    ['Najpierw przelej mi pieniądze', [MONEY]],
    // "Give me your account number."
    ['Podaj numer konta', [MONEY]],
    // "I have leftover medicines."
    ['Mam zbędne leki dla dziecka', [MEDICINES]],
    // "Come to my place alone."
    ['Przyjdź do mnie sama', [MEETING_ALONE]],
    // "Don't tell anyone."
    ['Nikomu nie mów', [MEETING_ALONE]],
  ])('holds %j in Polish', (text, expected) => {
    expect(rulesOf(text)).toEqual(expected);
  });

  it.each([
    'Bag of baby clothes, 0-3 months, free to a local family',
    'Can you send photos of the baby clothes before I collect?',
    'Baby clothes photos are on the post',
    'Free, no money needed. Pick up from the mosque after Friday prayers.',
    'I am home alone with a newborn and would love some company',
    'Could someone come and sit with me, I’m alone most days',
    'Happy to help with the lesson, see you at the library',
    'Proszę o pomoc z formularzem, mam lekcje po południu',
    'دوبارہ ملتے ہیں',
    'مسجد میں بچوں کے کپڑے',
  ])('lets %j through', (text) => {
    expect(screenRiskyContent(text)).toEqual([]);
  });

  it('names the words that matched, so a moderator can see why', () => {
    expect(screenRiskyContent('Hi! Please send me money for the bus.')).toEqual([
      { rule: MONEY, phrase: 'send me money' },
    ]);
  });

  it('describes every rule for moderators', () => {
    for (const rule of Object.values(RiskRule)) expect(RISK_RULE_DESCRIPTIONS[rule]).toMatch(/\w/);
  });
});
