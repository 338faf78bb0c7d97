import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  EmptyState,
  FormError,
  Notice,
  SelectField,
  TextAreaField,
} from '@village/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../errors/components/QueryError';
import { useFormFields } from '../../forms/hooks/useFormFields';
import { checkPurpose, PURPOSE_MAX_LENGTH } from '../../forms/utils/validation';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import {
  GiveConsentMutation,
  OrganisationsQuery,
  PrivacyQuery,
  WithdrawConsentMutation,
} from '../graphql/privacy.query';
import { organisationConsents, type Consent } from '../utils/consents';
import { WhoSeesWhat } from './WhoSeesWhat';
import { isolate } from '../../locale/utils/format';
import { ActionError } from '../../errors/components/ActionError';
import { humanErrorMessage } from '../../errors/utils/graphql-error';

const ORGANISATIONS_SHOWN = 50;
const refetch = { refetchQueries: [PrivacyQuery], awaitRefetchQueries: true };

/** Support from named organisations: the ones allowed now, each withdrawable, and a form to add one. */
export function OrganisationSupport({ consents }: { consents: readonly Consent[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const listHeadingId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const inForce = organisationConsents(consents);

  return (
    <section className="privacy-choice" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('privacy.organisation.heading')}</h2>
      <div className="privacy-choice__explanation">
        <p>{t('privacy.organisation.intro')}</p>
        <WhoSeesWhat
          who={t('privacy.organisation.who')}
          sees={t('privacy.organisation.sees')}
          neverSees={t('privacy.organisation.neverSees')}
        />
      </div>
      <Notice>{notice}</Notice>
      <h3 id={listHeadingId}>{t('privacy.organisation.listHeading')}</h3>
      {inForce.length ? (
        <ul className="stack-list" aria-labelledby={listHeadingId}>
          {inForce.map((consent) => (
            <li key={consent.id}>
              <OrganisationConsentCard
                consent={consent}
                onWithdrawn={(name) =>
                  setNotice(t('privacy.organisation.withdrawn', { name: isolate(name) }))
                }
              />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{t('privacy.organisation.none')}</EmptyState>
      )}
      <AddOrganisationForm
        onGiven={(name) => setNotice(t('privacy.organisation.given', { name: isolate(name) }))}
      />
    </section>
  );
}

function OrganisationConsentCard({
  consent,
  onWithdrawn,
}: {
  consent: Consent;
  onWithdrawn: (name: string) => void;
}) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  const [withdraw, { loading }] = useMutation(WithdrawConsentMutation, refetch);
  const [error, setError] = useState<unknown>(null);
  const name = consent.organisation?.name ?? t('privacy.organisation.unknown');

  async function run() {
    setError(null);
    try {
      await withdraw({ variables: { id: consent.id } });
      onWithdrawn(name);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <Card className="consent-card" labelledBy={headingId}>
      <h4 id={headingId} className="card-title" dir="auto">
        {name}
      </h4>
      <dl className="consent-card__facts">
        <dt>{t('privacy.organisation.purpose')}</dt>
        <dd dir="auto">{consent.purpose}</dd>
        <dt>{t('privacy.organisation.since')}</dt>
        <dd>{format.date(consent.givenAt)}</dd>
      </dl>
      <ActionError error={error} />
      <Button
        variant="secondary"
        disabled={loading}
        aria-busy={loading || undefined}
        aria-label={t('privacy.organisation.withdrawNamed', { name })}
        onClick={() => void run()}
      >
        {t('privacy.organisation.withdraw')}
      </Button>
    </Card>
  );
}

function AddOrganisationForm({ onGiven }: { onGiven: (name: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const organisations = useQuery(OrganisationsQuery, {
    variables: { first: ORGANISATIONS_SHOWN },
  });
  const [give, { loading }] = useMutation(GiveConsentMutation, refetch);
  const [organisationId, setOrganisationId] = useState('');
  const {
    values,
    bind,
    reset,
    errors,
    register,
    clear,
    report,
    reportForm,
    formError,
    attachFormError,
  } = useFormFields<'purpose', 'organisationId'>({ purpose: '' }, ['organisationId', 'purpose']);

  const services = organisations.data?.services.edges.map(({ node }) => node) ?? [];
  const schemes = organisations.data?.schemes.edges.map(({ node }) => node) ?? [];
  const toOptions = (groups: typeof services) =>
    groups.map((group) => ({ value: group.id, label: group.name }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const purpose = values.purpose.trim();
    const purposeProblem = checkPurpose(purpose);
    if (
      report({
        organisationId: organisationId ? null : t('validation.organisationRequired'),
        purpose: purposeProblem && t(purposeProblem),
      })
    )
      return;
    try {
      await give({
        variables: {
          input: { kind: 'SUPPORTED_BY_ORGANISATION', organisationId, purpose },
        },
      });
    } catch (error) {
      reportForm(<p>{humanErrorMessage(error, t)}</p>);
      return;
    }
    const name = [...services, ...schemes].find((group) => group.id === organisationId)?.name;
    setOrganisationId('');
    reset();
    onGiven(name ?? '');
  }

  let picker;
  if (organisations.loading && !organisations.data)
    picker = <p className="ui-field__hint">{t('privacy.organisation.loadingList')}</p>;
  else if (organisations.error && !organisations.data)
    picker = (
      <QueryError error={organisations.error} onRetry={() => void organisations.refetch()} />
    );
  else if (!services.length && !schemes.length)
    picker = <EmptyState>{t('privacy.organisation.noneToChoose')}</EmptyState>;
  else
    picker = (
      <SelectField
        ref={register('organisationId')}
        label={t('privacy.organisation.organisation')}
        value={organisationId}
        error={errors.organisationId}
        options={[{ value: '', label: t('privacy.organisation.choose') }]}
        groups={[
          { label: t('groupKind.SERVICE'), options: toOptions(services) },
          { label: t('groupKind.VOLUNTEER_SCHEME'), options: toOptions(schemes) },
        ].filter((group) => group.options.length)}
        onChange={(value) => {
          setOrganisationId(value);
          clear('organisationId');
        }}
      />
    );

  return (
    <form
      className="form form--boxed"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={headingId}>{t('privacy.organisation.addHeading')}</h3>
      {formError ? <FormError ref={attachFormError}>{formError}</FormError> : null}
      {picker}
      <TextAreaField
        label={t('privacy.organisation.purposeLabel')}
        hint={t('privacy.organisation.purposeHint', { max: PURPOSE_MAX_LENGTH })}
        maxLength={PURPOSE_MAX_LENGTH + 20}
        dir="auto"
        {...bind('purpose')}
      />
      <div className="form__actions">
        <Button type="submit" disabled={loading} aria-busy={loading || undefined}>
          {loading ? t('privacy.organisation.submitting') : t('privacy.organisation.submit')}
        </Button>
      </div>
    </form>
  );
}
