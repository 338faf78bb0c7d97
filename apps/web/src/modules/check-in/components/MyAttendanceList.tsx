import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, EmptyState, LoadingState } from '@village/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../errors/components/QueryError';
import { ConfirmStep } from '../../forms/components/ConfirmStep';
import { useFocusOnToggle } from '../../forms/hooks/useFocusOnToggle';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { LoadMore } from '../../pagination/components/LoadMore';
import { DeleteMyAttendanceMutation, MyAttendanceQuery } from '../graphql/attendance';
import { middayOf } from '../utils/check-in-code';
import '../check-in.css';

const PAGE_SIZE = 20;

/** The dates I was at, newest first, each with a way to delete it (asked twice). */
export function MyAttendanceList() {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const { data, loading, error, refetch, fetchMore } = useQuery(MyAttendanceQuery, {
    variables: { first: PAGE_SIZE },
  });
  const [confirming, setConfirming] = useState<string | null>(null);
  const confirmRef = useRef<HTMLElement | null>(null);
  const listRef = useRef<HTMLOListElement | null>(null);
  useFocusOnToggle(confirming !== null, confirmRef, listRef);
  const [remove, removal] = useMutation(DeleteMyAttendanceMutation, {
    // The deleted date leaves every page of the list already loaded, then the cache.
    update(cache, _result, { variables }) {
      if (!variables) return;
      cache.modify({
        fields: {
          myAttendance: (existing, { readField }) => {
            const page = existing as { edges: { node: Reference }[] };
            return {
              ...page,
              edges: page.edges.filter((edge) => readField('id', edge.node) !== variables.id),
            };
          },
        },
      });
      cache.evict({ id: cache.identify({ __typename: 'Attendance', id: variables.id }) });
      cache.gc();
    },
  });
  const list = data?.myAttendance;

  if (loading && !data) return <LoadingState label={t('checkIn.mine.loading')} />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!list?.edges.length) return <EmptyState>{t('checkIn.mine.empty')}</EmptyState>;
  return (
    <>
      <ol
        className="attendance-list"
        ref={listRef}
        tabIndex={-1}
        aria-label={t('checkIn.mine.listLabel')}
      >
        {list.edges.map(({ node }) => {
          const date = format.date(middayOf(node.occursOn));
          return (
            <li key={node.id} className="attendance-list__item">
              <p>
                <Link to={`/sessions/${node.session.id}`} dir="auto">
                  {node.session.title}
                </Link>
                {' · '}
                <time dateTime={node.occursOn}>{date}</time>
              </p>
              <p className="attendance-list__how">
                {node.recordedHow === 'SELF' ? t('checkIn.mine.self') : t('checkIn.mine.register')}
              </p>
              {confirming === node.id ? (
                <ConfirmStep
                  question={t('checkIn.mine.confirm', { session: node.session.title, date })}
                  showQuestion
                  focusRef={confirmRef}
                  confirmLabel={t('checkIn.mine.confirmDelete')}
                  cancelLabel={t('checkIn.mine.keep')}
                  busy={removal.loading}
                  error={removal.error}
                  onConfirm={() =>
                    void remove({ variables: { id: node.id } })
                      .then(() => setConfirming(null))
                      .catch(() => undefined)
                  }
                  onCancel={() => setConfirming(null)}
                >
                  <p>{t('checkIn.mine.confirmWhat')}</p>
                </ConfirmStep>
              ) : (
                <Button
                  variant="secondary"
                  aria-label={t('checkIn.mine.deleteNamed', { session: node.session.title, date })}
                  onClick={() => {
                    removal.reset();
                    setConfirming(node.id);
                  }}
                >
                  {t('checkIn.mine.delete')}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
      <LoadMore
        pageInfo={list.pageInfo}
        loadAfter={(after) => fetchMore({ variables: { after } })}
      />
    </>
  );
}
