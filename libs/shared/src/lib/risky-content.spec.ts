import {
  findPaymentDetails,
  RISK_RULE_DESCRIPTIONS,
  RiskRule,
  screenRiskyContent,
} from './risky-content';

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
    ['meet me alone at my flat, bring cash', [MONEY, MEETING_ALONE]],
    ['Meet me alone by the canal', [MEETING_ALONE]],
    ['Just come to mine on your own and bring the money', [MONEY, MEETING_ALONE]],
    ['Can you meet us alone after dark?', [MEETING_ALONE]],
    ['Pop round mine by yourself, no need to bring anyone', [MEETING_ALONE]],
    ['Bring £40 in cash when you collect', [MONEY]],
    ['Bring cash, no cards', [MONEY]],
    ['You will need to bring the money with you', [MONEY]],
    ['keep this between us, ok?', [MEETING_ALONE]],
    ['Send me pics of your little one in the outfit', [CHILD_PHOTOS]],
    ['Send me a pic of your little girl wearing it', [CHILD_PHOTOS]],
  ])('holds %j in English', (text, expected) => {
    expect(rulesOf(text)).toStrictEqual(expected);
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
    'my baby is seven months old',
    'the session is at 10 am',
    'bring a snack',
    'Bring a towel and a bottle of water for your baby',
    'Bring your little one along, everyone is welcome',
    'Meet us at the library, the whole group will be there',
    'Come along with a friend or on your own, all welcome at the centre',
    'I can meet you at the school gate at 3',
    'Bring a packed lunch; tea and coffee are free',
    'I live alone and my flat is small, so can we meet at the café?',
    'We keep your details private',
  ])('lets %j through', (text) => {
    expect(screenRiskyContent(text)).toEqual([]);
  });

  it.each([
    ['What are your bank details?', 'bank details'],
    ['send it by PayPal please', 'PayPal'],
    ['card number and the three digits on the back', 'card number'],
    ['Podaj numer konta', 'numer konta'],
  ])('finds the request for payment details in %j', (text, phrase) => {
    expect(findPaymentDetails(text)).toStrictEqual({ rule: MONEY, phrase });
  });

  it.each([['£2 per family, pay on the door'], ['Bring £1 for the tuck shop'], ['Free']])(
    'finds no payment details in %j',
    (text) => {
      expect(findPaymentDetails(text)).toBeNull();
    },
  );

  it('names the words that matched, so a moderator can see why', () => {
    expect(screenRiskyContent('Hi! Please send me money for the bus.')).toEqual([
      { rule: MONEY, phrase: 'send me money' },
    ]);
  });

  it('describes every rule for moderators', () => {
    for (const rule of Object.values(RiskRule)) expect(RISK_RULE_DESCRIPTIONS[rule]).toMatch(/\w/);
  });
});
