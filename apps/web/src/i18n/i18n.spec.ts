import en from './locales/en.json';
import pl from './locales/pl.json';
import ur from './locales/ur.json';
import { createI18n, initialLanguage } from './i18n';

type Messages = { [key: string]: string | Messages };

/** Every message key, with plural suffixes folded away: "group.members_one" → "group.members". */
function keys(messages: Messages, prefix = ''): Set<string> {
  const found = new Set<string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') found.add(path);
    else for (const nested of keys(value, `${path}.`)) found.add(nested);
  }
  return found;
}

describe('translations', () => {
  it.each([
    ['Urdu', ur],
    ['Polish', pl],
  ])('%s translates every English message and nothing else', (_name, messages) => {
    expect([...keys(messages)].sort()).toEqual([...keys(en)].sort());
  });
});

describe('choosing a language', () => {
  beforeEach(() => window.localStorage.clear());

  it('sets a right-to-left Urdu page and remembers the choice', async () => {
    const i18n = createI18n('en');
    expect(document.documentElement.dir).toBe('ltr');

    await i18n.changeLanguage('ur');

    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ur');
    expect(window.localStorage.getItem('village.language')).toBe('ur');
    expect(i18n.t('help.title')).toBe('مدد کا بورڈ');
  });

  it('switches back to left-to-right for Polish', async () => {
    const i18n = createI18n('ur');
    await i18n.changeLanguage('pl');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('pl');
  });

  it('starts in the remembered language', () => {
    window.localStorage.setItem('village.language', 'pl');
    expect(initialLanguage()).toBe('pl');
  });

  it('ignores a remembered language it does not speak', () => {
    window.localStorage.setItem('village.language', 'xx');
    expect(initialLanguage()).toBe('en');
  });
});
