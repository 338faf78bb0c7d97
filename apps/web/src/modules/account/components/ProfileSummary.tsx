import { Facts } from '@village/ui';
import { useTranslation } from 'react-i18next';
import type { AccountQuery } from '../../../gql/graphql';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';

type Me = NonNullable<AccountQuery['me']>;

/** What Village holds about me, at a glance. Nothing here is shown to anyone else without consent. */
export function ProfileSummary({ me }: { me: Me }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const { person } = me;
  const lifeStage = person.lifeStage;
  const family = [
    lifeStage?.expecting
      ? lifeStage.dueMonth
        ? t('account.profile.expectingIn', { month: format.month(lifeStage.dueMonth) })
        : t('account.profile.expecting')
      : null,
    ...(lifeStage?.childAgesMonths ?? []).map((months) =>
      t('account.profile.childAged', { age: format.age(months) }),
    ),
  ].filter((item): item is string => item !== null);

  return (
    <Facts
      items={[
        { term: t('profile.displayName'), details: <span dir="auto">{person.displayName}</span> },
        { term: t('account.email'), details: <span dir="ltr">{me.email}</span> },
        {
          term: t('profile.languages'),
          details: person.languages?.length
            ? format.list(person.languages.map(format.languageName))
            : t('account.profile.notGiven'),
        },
        {
          term: t('profile.area.legend'),
          details: person.areaCell ? t('account.profile.areaSet') : t('account.profile.notGiven'),
        },
        {
          term: t('profile.days.legend'),
          details: person.suitableWeekdays?.length
            ? format.list(person.suitableWeekdays.map(format.weekday))
            : t('account.profile.anyDay'),
        },
        {
          term: t('account.profile.family'),
          details: family.length ? (
            <ul className="plain-list">
              {family.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ul>
          ) : (
            t('account.profile.notGiven')
          ),
          wide: true,
        },
      ]}
    />
  );
}
