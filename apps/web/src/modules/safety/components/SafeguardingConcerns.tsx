import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  Button,
  Card,
  EmptyState,
  LoadingState,
  Notice,
  SelectField,
  TextAreaField,
} from '@village/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  SafeguardingConcernFieldsFragment,
  SafeguardingConcernStatus,
} from '../../../gql/graphql';
import { ActionError } from '../../errors/components/ActionError';
import { QueryError } from '../../errors/components/QueryError';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { LoadMore } from '../../pagination/components/LoadMore';
import { insertEdge } from '../../pagination/utils/insert-edge';
import {
  SafeguardingConcernRaisedSubscription,
  SafeguardingConcernsQuery,
  UpdateSafeguardingConcernMutation,
} from '../graphql/safety.graphql';
import { CONCERN_STATUSES } from '../utils/safety-labels';
import { isolate } from '../../locale/utils/format';

const PAGE_SIZE = 20;

/**
 * Puts a concern that arrived live at the top of a cached list it belongs in, once. Returns whether
 * it was listed (not when the status filter leaves it out, or the list already shows it).
 */
function prependConcern(
  cache: ApolloCache,
  status: SafeguardingConcernStatus | null,
  concern: SafeguardingConcernFieldsFragment,
): boolean {
  if (status && concern.status !== status) return false;
  return insertEdge(
    cache,
    { query: SafeguardingConcernsQuery, variables: { status, first: PAGE_SIZE } },
    'safeguardingConcerns',
    { __typename: 'SafeguardingConcernEdge', node: concern },
    'start',
  );
}

/** One concern for the lead: who raised it, about what, their words; status and notes to keep. */
function ConcernCard({
  concern,
  isNew,
}: {
  concern: SafeguardingConcernFieldsFragment;
  isNew: boolean;
}) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  const [status, setStatus] = useState<string>(concern.status);
  const [notes, setNotes] = useState(concern.leadNotes);
  const [saved, setSaved] = useState('');
  const [update, { loading, error }] = useMutation(UpdateSafeguardingConcernMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    try {
      await update({
        variables: {
          id: concern.id,
          status: status as SafeguardingConcernStatus,
          leadNotes: notes,
        },
      });
      setSaved(t('safety.lead.saved'));
    } catch {
      setSaved('');
    }
  }

  return (
    <Card className="concern-card" labelledBy={headingId}>
      <h3 id={headingId}>
        {t('safety.lead.raisedBy', { name: isolate(concern.raisedBy.displayName) })}{' '}
        {isNew ? <span className="help-post__badge">{t('safety.lead.new')}</span> : null}
      </h3>
      <p className="moderation-item__meta">
        <span className={`status status--${concern.status.toLowerCase()}`}>
          {t(`safety.concernStatus.${concern.status}`)}
        </span>{' '}
        <time dateTime={concern.createdAt}>{format.dateTime(concern.createdAt)}</time>
      </p>
      <blockquote className="moderation-item__text" dir="auto">
        {concern.concern}
      </blockquote>
      {concern.aboutPerson || concern.helpPost || concern.message ? (
        <ul className="moderation-item__reasons">
          {concern.aboutPerson ? (
            <li>
              {t('safety.lead.aboutPerson')} <bdi>{concern.aboutPerson.displayName}</bdi>
            </li>
          ) : null}
          {concern.helpPost ? (
            <li>
              {t('safety.lead.aboutPost')}{' '}
              <Link to={`/help/posts/${concern.helpPost.id}`}>
                <bdi>{concern.helpPost.title}</bdi>
              </Link>
            </li>
          ) : null}
          {concern.message ? (
            <li>
              {t('safety.lead.aboutMessage')} <q dir="auto">{concern.message}</q>
            </li>
          ) : null}
        </ul>
      ) : null}
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <SelectField
          label={t('safety.lead.status')}
          value={status}
          options={CONCERN_STATUSES.map((value) => ({
            value,
            label: t(`safety.concernStatus.${value}`),
          }))}
          onChange={(value) => {
            setStatus(value);
            setSaved('');
          }}
        />
        <TextAreaField
          label={t('safety.lead.notes')}
          hint={t('safety.lead.notesHint')}
          rows={3}
          maxLength={8000}
          dir="auto"
          value={notes}
          onChange={(event) => {
            setNotes(event.target.value);
            setSaved('');
          }}
        />
        <div className="form__actions">
          <Button
            type="submit"
            aria-disabled={loading || undefined}
            aria-busy={loading || undefined}
          >
            {loading ? t('safety.lead.saving') : t('safety.lead.save')}
          </Button>
        </div>
        <Notice>{saved}</Notice>
        <ActionError error={error} />
      </form>
    </Card>
  );
}

/**
 * The safeguarding leads' list, newest first, filtered by status. New concerns arrive live over
 * `safeguardingConcernRaised`, go at the top marked "New", and are announced once.
 */
export function SafeguardingConcerns() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<SafeguardingConcernStatus | null>(null);
  const [arrived, setArrived] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const { data, loading, error, refetch, fetchMore } = useQuery(SafeguardingConcernsQuery, {
    variables: { status, first: PAGE_SIZE },
  });
  useSubscription(SafeguardingConcernRaisedSubscription, {
    onData: ({ client, data: event }) => {
      const concern = event.data?.safeguardingConcernRaised;
      if (!concern) return;
      // Only one the list now shows is new: not one the status filter leaves out, nor one shown already.
      if (!prependConcern(client.cache, status, concern)) return;
      setArrived((current) => new Set(current).add(concern.id));
      setAnnouncement(t('safety.lead.arrived', { name: isolate(concern.raisedBy.displayName) }));
    },
  });
  const concerns = data?.safeguardingConcerns.edges ?? [];

  let content;
  if (loading && !data) content = <LoadingState label={t('safety.lead.loading')} />;
  else if (error && !data) content = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!concerns.length) content = <EmptyState>{t('safety.lead.empty')}</EmptyState>;
  else
    content = (
      <>
        <ul className="card-grid card-grid--single">
          {concerns.map(({ node }) => (
            <li key={node.id}>
              <ConcernCard concern={node} isNew={arrived.has(node.id)} />
            </li>
          ))}
        </ul>
        <LoadMore
          pageInfo={data?.safeguardingConcerns.pageInfo}
          loadAfter={(after) => fetchMore({ variables: { after } })}
        />
      </>
    );

  return (
    <>
      <SelectField
        className="concern-filter"
        label={t('safety.lead.filter')}
        value={status ?? ''}
        options={[
          { value: '', label: t('safety.lead.filterAll') },
          ...CONCERN_STATUSES.map((value) => ({
            value,
            label: t(`safety.concernStatus.${value}`),
          })),
        ]}
        onChange={(value) => setStatus((value || null) as SafeguardingConcernStatus | null)}
      />
      <Notice>{announcement}</Notice>
      {content}
    </>
  );
}
