import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, EmptyState, LoadingState, Notice, TextAreaField } from '@village/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModerationItemFieldsFragment } from '../../../gql/graphql';
import { ModerationState, ModerationSubjectKind, ReportStatus } from '../../../gql/graphql';
import { ActionError } from '../../errors/components/ActionError';
import { QueryError } from '../../errors/components/QueryError';
import { ConfirmStep } from '../../forms/components/ConfirmStep';
import { useFocusOnToggle } from '../../forms/hooks/useFocusOnToggle';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { LoadMore } from '../../pagination/components/LoadMore';
import {
  DismissReportMutation,
  ModerationQueueQuery,
  ReleaseModerationItemMutation,
  RemoveModerationItemMutation,
} from '../graphql/safety.graphql';
import { isolate } from '../../locale/utils/format';
import { REMOVAL_NOTE_MAX_LENGTH } from '../utils/safety-labels';

const PAGE_SIZE = 20;

interface ItemProps {
  item: ModerationItemFieldsFragment;
  /** Says what was decided, for the queue's announcement. */
  onDecided: (message: string) => void;
}

/** One held or reported post or message: what it says, why it is here, and the decisions. */
function ModerationItemCard({ item, onDecided }: ItemProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  const [askingRemove, setAskingRemove] = useState(false);
  const askRemove = useRef<HTMLButtonElement>(null);
  const removeQuestion = useRef<HTMLDivElement>(null);
  useFocusOnToggle(askingRemove, removeQuestion, askRemove);
  const [note, setNote] = useState('');
  const variables = { id: item.id };
  const [release, releasing] = useMutation(ReleaseModerationItemMutation, { variables });
  const [remove, removing] = useMutation(RemoveModerationItemMutation, {
    variables: { ...variables, note },
  });
  const [dismiss, dismissing] = useMutation(DismissReportMutation);
  const busy = releasing.loading || removing.loading || dismissing.loading;
  const isPost = item.subjectKind === ModerationSubjectKind.HelpPost;
  const title = item.helpPost?.title ?? '';
  const decide = (action: () => Promise<unknown>, message: string) => () => {
    if (!busy)
      void action().then(
        () => onDecided(message),
        () => undefined,
      );
  };
  const openReports = item.reports.filter((report) => report.status === ReportStatus.Open);

  return (
    <Card className="moderation-item" labelledBy={headingId}>
      <h3 id={headingId}>
        {t(isPost ? 'safety.queue.post' : 'safety.queue.message')}
        {': '}
        {item.helpPost ? (
          <Link to={`/help/posts/${item.helpPost.id}`}>
            <bdi>{title}</bdi>
          </Link>
        ) : null}
      </h3>
      <p className="moderation-item__meta">
        {item.group ? (
          <>
            <bdi>{item.group.name}</bdi> ·{' '}
          </>
        ) : null}
        <time dateTime={item.createdAt}>{format.dateTime(item.createdAt)}</time>
      </p>
      <blockquote className="moderation-item__text" dir="auto">
        {item.text}
      </blockquote>
      <h4>{t('safety.queue.why')}</h4>
      <ul className="moderation-item__reasons">
        {item.screening.map((match) => (
          <li key={match.rule}>
            {t(`safety.riskRule.${match.rule}`)} {t('safety.queue.matched')}{' '}
            <q dir="auto">{match.phrase}</q>
          </li>
        ))}
        {item.reports.map((report) => (
          <li key={report.id}>
            {t('safety.queue.reported', {
              reason: t(`safety.reportReason.${report.reason}`),
              date: format.date(report.createdAt),
            })}
            {report.details ? (
              <>
                {' '}
                <q dir="auto">{report.details}</q>
              </>
            ) : null}{' '}
            {report.status === ReportStatus.Open ? (
              <Button
                variant="secondary"
                className="moderation-item__dismiss"
                aria-label={t('safety.queue.dismissNamed', {
                  reason: t(`safety.reportReason.${report.reason}`),
                })}
                onClick={decide(
                  () => dismiss({ variables: { id: report.id } }),
                  t('safety.queue.dismissed', { title: isolate(title) }),
                )}
              >
                {t('safety.queue.dismiss')}
              </Button>
            ) : (
              <span className="status status--cancelled">
                {t(`safety.reportStatus.${report.status}`)}
              </span>
            )}
          </li>
        ))}
      </ul>
      <p className="form__note">
        {t(
          openReports.length || item.screening.length
            ? 'safety.queue.decideHint'
            : 'safety.queue.decideHintDone',
        )}
      </p>
      {askingRemove ? (
        <ConfirmStep
          question={t('safety.queue.removeQuestion')}
          focusRef={removeQuestion}
          confirmLabel={t('safety.queue.removeConfirm')}
          cancelLabel={t('safety.cancel')}
          onConfirm={decide(remove, t('safety.queue.removed', { title: isolate(title) }))}
          onCancel={() => setAskingRemove(false)}
          busy={removing.loading}
        >
          <p>
            {t(isPost ? 'safety.queue.removePostExplained' : 'safety.queue.removeMessageExplained')}
          </p>
          <TextAreaField
            label={t('safety.queue.removalNote')}
            hint={t('safety.queue.removalNoteHint')}
            rows={2}
            maxLength={REMOVAL_NOTE_MAX_LENGTH}
            dir="auto"
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </ConfirmStep>
      ) : (
        <div className="section-actions">
          <Button
            aria-busy={releasing.loading || undefined}
            onClick={decide(release, t('safety.queue.released', { title: isolate(title) }))}
          >
            {t(isPost ? 'safety.queue.releasePost' : 'safety.queue.releaseMessage')}
          </Button>
          <Button ref={askRemove} variant="danger" onClick={() => setAskingRemove(true)}>
            {t('safety.queue.remove')}
          </Button>
        </div>
      )}
      <ActionError error={releasing.error ?? removing.error ?? dismissing.error} />
    </Card>
  );
}

/**
 * The moderation queue, longest waiting first: held and reported posts and messages from my
 * groups (everything, for admins). A decided item leaves the list at once (its cached state is no
 * longer pending); the decision is announced and the focus goes back to the queue's heading.
 */
export function ModerationQueue() {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const { data, loading, error, refetch, fetchMore } = useQuery(ModerationQueueQuery, {
    variables: { first: PAGE_SIZE },
  });
  const items = (data?.moderationQueue.edges ?? [])
    .map((edge) => edge.node)
    .filter((item) => item.state === ModerationState.Pending);

  let content;
  if (loading && !data) content = <LoadingState label={t('safety.queue.loading')} />;
  else if (error && !data) content = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!items.length) content = <EmptyState>{t('safety.queue.empty')}</EmptyState>;
  else
    content = (
      <>
        <p>{t('safety.queue.count', { count: items.length })}</p>
        <ul className="card-grid card-grid--single">
          {items.map((item) => (
            <li key={item.id}>
              <ModerationItemCard
                item={item}
                onDecided={(message) => {
                  setAnnouncement(message);
                  heading.current?.focus();
                }}
              />
            </li>
          ))}
        </ul>
        <LoadMore
          pageInfo={data?.moderationQueue.pageInfo}
          loadAfter={(after) => fetchMore({ variables: { after } })}
        />
      </>
    );

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('safety.queue.heading')}
      </h2>
      <Notice>{announcement}</Notice>
      {content}
    </section>
  );
}
