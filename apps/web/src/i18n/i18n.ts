import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import pl from './locales/pl.json';
import ur from './locales/ur.json';
import {
  DEFAULT_LANGUAGE,
  isLanguageCode,
  languageFor,
  LANGUAGES,
  type LanguageCode,
} from './languages';

export const resources = {
  en: { translation: en },
  ur: { translation: ur },
  pl: { translation: pl },
} as const;

const STORAGE_KEY = 'village.language';

/** The saved choice, else the first browser language we speak, else English. */
export function initialLanguage(): LanguageCode {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguageCode(saved)) return saved;
  } catch {
    // Storage can be blocked (private modes, strict settings); the browser's languages still work.
  }
  for (const tag of window.navigator.languages ?? []) {
    const base = tag.split('-')[0];
    if (isLanguageCode(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

/** Mirrors the chosen language on <html> so screen readers pronounce it and RTL layouts flip. */
function applyToDocument(code: string): void {
  const language = languageFor(code);
  document.documentElement.lang = language.code;
  document.documentElement.dir = language.dir;
}

function remember(code: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Not being able to remember is not worth interrupting anyone for.
  }
}

/** A ready i18next instance; resources are bundled, so it is usable as soon as this returns. */
export function createI18n(language: LanguageCode = initialLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((l) => l.code),
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  applyToDocument(language);
  instance.on('languageChanged', (code) => {
    applyToDocument(code);
    remember(code);
  });
  return instance;
}
