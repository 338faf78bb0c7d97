import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PrivacyQuery } from '../../../gql/graphql';
import { consentInForce, type Consent } from '../utils/consents';
import { ConsentSwitch } from './ConsentSwitch';
import { WhoSeesWhat } from './WhoSeesWhat';

type Person = NonNullable<PrivacyQuery['me']>['person'];

/** Children of 4 and over put a family in no life-stage band, so nobody matches them by it. */
const FINDABLE_UNDER_MONTHS = 48;

/**
 * The yes/no choices: findable by parents nearby, visible to my groups' organisers, and seen going
 * by people I'm connected to.
 */
export function ConsentChoices({
  consents,
  person,
}: {
  consents: readonly Consent[];
  person: Person;
}) {
  const { t } = useTranslation();
  const findable = consentInForce(consents, 'FINDABLE_BY_NEARBY_PARENTS');
  // Matching is by life-stage band: expecting, or a child under 4 (docs/privacy.md).
  const hasLifeStage = Boolean(
    person.lifeStage?.expecting ||
    person.lifeStage?.childAgesMonths.some((months) => months < FINDABLE_UNDER_MONTHS),
  );
  // Turned on, but nobody could match them: say so, rather than let them think they can be found.
  const notFindableYet = findable && (!person.areaCell || !hasLifeStage);

  return (
    <>
      <ConsentSwitch
        kind="FINDABLE_BY_NEARBY_PARENTS"
        consent={findable}
        heading={t('privacy.findable.heading')}
        label={t('privacy.findable.switch')}
        onMessage={t('privacy.findable.on')}
        offMessage={t('privacy.findable.off')}
        explanation={
          <>
            <WhoSeesWhat
              who={t('privacy.findable.who')}
              sees={t('privacy.findable.sees')}
              neverSees={t('privacy.findable.neverSees')}
            />
            {notFindableYet ? (
              <p className="privacy-choice__warning">
                {t('privacy.findable.incomplete')}{' '}
                <Link to="/account">{t('privacy.findable.completeProfile')}</Link>
              </p>
            ) : null}
          </>
        }
      />
      <ConsentSwitch
        kind="VISIBLE_TO_GROUP_ORGANISERS"
        consent={consentInForce(consents, 'VISIBLE_TO_GROUP_ORGANISERS')}
        heading={t('privacy.organisers.heading')}
        label={t('privacy.organisers.switch')}
        onMessage={t('privacy.organisers.on')}
        offMessage={t('privacy.organisers.off')}
        explanation={
          <WhoSeesWhat
            who={t('privacy.organisers.who')}
            sees={t('privacy.organisers.sees')}
            neverSees={t('privacy.organisers.neverSees')}
          />
        }
      />
      <ConsentSwitch
        kind="GOING_VISIBLE_TO_CONNECTIONS"
        consent={consentInForce(consents, 'GOING_VISIBLE_TO_CONNECTIONS')}
        heading={t('privacy.goingVisible.heading')}
        label={t('privacy.goingVisible.switch')}
        onMessage={t('privacy.goingVisible.on')}
        offMessage={t('privacy.goingVisible.off')}
        explanation={
          <WhoSeesWhat
            who={t('privacy.goingVisible.who')}
            sees={t('privacy.goingVisible.sees')}
            neverSees={t('privacy.goingVisible.neverSees')}
          />
        }
      />
    </>
  );
}
