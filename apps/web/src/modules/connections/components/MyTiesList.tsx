import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, EmptyState, LoadingState } from '@village/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyTieFieldsFragment } from '../../../gql/graphql';
import { ActionError } from '../../errors/components/ActionError';
import { QueryError } from '../../errors/components/QueryError';
import { ConfirmStep } from '../../forms/components/ConfirmStep';
import { useFocusOnToggle } from '../../forms/hooks/useFocusOnToggle';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { LoadMore } from '../../pagination/components/LoadMore';
import {
  HideTieMutation,
  MyTiesQuery,
  RemoveTieMutation,
  UnhideTieMutation,
} from '../graphql/ties';
import { otherName, reasonsOf, strengthOf } from '../utils/tie-words';
import '../connections.css';

export const TIES_PAGE_SIZE = 20;

/** Takes a tie out of every cached list of my ties (shown and hidden), then out of the cache. */
function dropTie(cache: ApolloCache, id: string | number, evict: boolean): void {
  cache.modify({
    fields: {
      myTies: (existing, { readField }) => {
        const page = existing as { edges: { node: Reference }[] };
        return {
          ...page,
          edges: page.edges.filter((edge) => readField('id', edge.node) !== id),
        };
      },
    },
  });
  if (evict) {
    cache.evict({ id: cache.identify({ __typename: 'MyTie', id }) });
    cache.gc();
  }
}

/**
 * My ties, shown or hidden (`hidden`), most recent first: who or which group, why in words, how
 * strong now in a word, and Hide (or Show again) and Remove, which asks first. After an action the
 * focus goes back to the list and a status line says what happened.
 */
export function MyTiesList({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const variables = { hidden, first: TIES_PAGE_SIZE };
  const { data, loading, error, refetch, fetchMore } = useQuery(MyTiesQuery, { variables });
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const confirmRef = useRef<HTMLElement | null>(null);
  const listRef = useRef<HTMLOListElement | null>(null);
  useFocusOnToggle(confirming !== null, confirmRef, listRef);
  // Hiding moves the tie to the other list, which is asked for again.
  const otherList = [{ query: MyTiesQuery, variables: { hidden: !hidden, first: TIES_PAGE_SIZE } }];
  const [hide, hiding] = useMutation(HideTieMutation, {
    update: (cache, _result, { variables: v }) => v && dropTie(cache, v.id, false),
    refetchQueries: otherList,
  });
  const [unhide, unhiding] = useMutation(UnhideTieMutation, {
    update: (cache, _result, { variables: v }) => v && dropTie(cache, v.id, false),
    refetchQueries: otherList,
  });
  const [remove, removal] = useMutation(RemoveTieMutation, {
    update: (cache, _result, { variables: v }) => v && dropTie(cache, v.id, true),
  });
  const list = data?.myTies;

  const after = (message: string) => {
    setDone(message);
    listRef.current?.focus();
  };
  const toggle = (tie: MyTieFieldsFragment, name: string) => {
    setDone('');
    const change = hidden ? unhide : hide;
    void change({ variables: { id: tie.id } })
      .then(() => after(t(hidden ? 'connections.shownDone' : 'connections.hiddenDone', { name })))
      .catch(() => undefined);
  };

  if (loading && !data)
    return <LoadingState label={t(hidden ? 'connections.hiddenLoading' : 'connections.loading')} />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  // One live region for the whole list, kept mounted whether or not anything is left in it.
  const status = (
    <div role="status" className="tie-list__done">
      {done}
    </div>
  );
  if (!list?.edges.length)
    return (
      <>
        {status}
        <EmptyState>{t(hidden ? 'connections.hiddenEmpty' : 'connections.empty')}</EmptyState>
      </>
    );
  return (
    <>
      {status}
      <ActionError error={hidden ? unhiding.error : hiding.error} />
      <ol
        className="tie-list"
        ref={listRef}
        tabIndex={-1}
        aria-label={t(hidden ? 'connections.hiddenListLabel' : 'connections.listLabel')}
      >
        {list.edges.map(({ node }) => {
          const name = otherName(node);
          const strength = t(`connections.strength.${strengthOf(node)}`);
          return (
            <li key={node.id} className="tie-list__item">
              <p className="tie-list__name" dir="auto">
                {node.other.__typename === 'Group' ? (
                  <Link to={`/groups/${node.other.id}`}>{name}</Link>
                ) : (
                  name
                )}
              </p>
              {reasonsOf(node, t, format.date).map((sentence) => (
                <p key={sentence}>{sentence}</p>
              ))}
              <p className="tie-list__strength">{t('connections.strengthLabel', { strength })}</p>
              {confirming === node.id ? (
                <ConfirmStep
                  question={t('connections.confirmRemove', { name })}
                  showQuestion
                  focusRef={confirmRef}
                  confirmLabel={t('connections.confirmRemoveYes')}
                  cancelLabel={t('connections.keep')}
                  busy={removal.loading}
                  error={removal.error}
                  onConfirm={() =>
                    void remove({ variables: { id: node.id } })
                      .then(() => {
                        setConfirming(null);
                        setDone(t('connections.removedDone', { name }));
                      })
                      .catch(() => undefined)
                  }
                  onCancel={() => setConfirming(null)}
                >
                  <p>{t('connections.confirmRemoveWhat')}</p>
                </ConfirmStep>
              ) : (
                <div className="tie-list__actions">
                  <Button
                    variant="secondary"
                    aria-label={t(hidden ? 'connections.showNamed' : 'connections.hideNamed', {
                      name,
                    })}
                    disabled={hiding.loading || unhiding.loading}
                    onClick={() => toggle(node, name)}
                  >
                    {t(hidden ? 'connections.show' : 'connections.hide')}
                  </Button>
                  <Button
                    variant="secondary"
                    aria-label={t('connections.removeNamed', { name })}
                    onClick={() => {
                      removal.reset();
                      setDone('');
                      setConfirming(node.id);
                    }}
                  >
                    {t('connections.remove')}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <LoadMore
        pageInfo={list.pageInfo}
        loadAfter={(cursor) => fetchMore({ variables: { ...variables, after: cursor } })}
      />
    </>
  );
}
