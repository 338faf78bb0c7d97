import 'i18next';
import type en from './locales/en.json';

// English is the source of truth for keys: t('a.b') is checked against it at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
