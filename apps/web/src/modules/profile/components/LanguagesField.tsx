import { TOWN_LANGUAGES } from '@village/shared';
import { CheckboxGroup } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { intlLanguageName } from '../../locale/utils/format';

export interface LanguagesFieldProps {
  values: string[];
  onChange: (values: string[]) => void;
  /** The question, when it is not "the languages you speak" (a help post's, say). */
  legend?: string;
  hint?: string;
}

/** The town's common languages, each named in the page's language and in its own. */
export function LanguagesField({ values, onChange, legend, hint }: LanguagesFieldProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const options = TOWN_LANGUAGES.map((code) => {
    const name = format.languageName(code);
    const ownName = intlLanguageName(code, code);
    return {
      value: code,
      label:
        ownName && ownName.toLocaleLowerCase() !== name.toLocaleLowerCase() ? (
          <>
            {name} (
            <span lang={code} dir="auto">
              {ownName}
            </span>
            )
          </>
        ) : (
          name
        ),
    };
  });
  return (
    <CheckboxGroup
      legend={legend ?? t('profile.languages')}
      hint={hint ?? t('profile.languagesHint')}
      options={options}
      values={values}
      onChange={onChange}
    />
  );
}
