import { SelectField } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../i18n/languages';

/** Each language is offered in its own name, so people can find theirs whatever is showing. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <SelectField
      className="language-switcher"
      label={t('language.label')}
      value={i18n.resolvedLanguage ?? i18n.language}
      options={LANGUAGES.map((language) => ({ value: language.code, label: language.name }))}
      onChange={(code) => void i18n.changeLanguage(code)}
    />
  );
}
