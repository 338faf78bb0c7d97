import { useMutation, useQuery } from '@apollo/client/react';
import { LoadingState, Notice } from '@village/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { DetailPageState } from '../../modules/errors/components/DetailPageState';
import { QueryError } from '../../modules/errors/components/QueryError';
import { NotFound } from '../../modules/errors/components/NotFound';
import { useIdParam } from '../../modules/routing/hooks/useIdParam';
import { SpaceForm } from '../../modules/spaces/components/SpaceForm';
import {
  CreateSpaceMutation,
  MyOrganisingQuery,
  ProposeSpaceChangeMutation,
  SpaceFormQuery,
  UpdateSpaceMutation,
} from '../../modules/spaces/graphql/space-stewards.graphql';
import {
  changedFields,
  draftOf,
  EMPTY_SPACE,
  toSpaceInput,
} from '../../modules/spaces/utils/space-draft';

/** `/spaces/new`: an organiser publishes a space and becomes its first steward. */
export function NewSpacePage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('stewards.newTitle') })}</title>
      <header className="page-header">
        <h1>{t('stewards.newTitle')}</h1>
        <p className="lead">{t('stewards.newIntro')}</p>
      </header>
      <RequireSignIn>
        <NewSpace />
      </RequireSignIn>
    </>
  );
}

function NewSpace() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const organising = useQuery(MyOrganisingQuery);
  const [create, { loading }] = useMutation(CreateSpaceMutation);
  if (!organising.data && organising.loading) return <LoadingState label={t('account.checking')} />;
  if (!organising.data)
    return <QueryError error={organising.error} onRetry={() => void organising.refetch()} />;
  if (!organising.data.me?.organising.length)
    return (
      <Notice>
        <p>{t('stewards.organisersOnly')}</p>
      </Notice>
    );
  return (
    <SpaceForm
      initial={EMPTY_SPACE}
      submitLabel={t('stewards.create')}
      busyLabel={t('stewards.saving')}
      busy={loading}
      onSubmit={async (draft) => {
        const { data } = await create({ variables: { input: toSpaceInput(draft) } });
        if (data) void navigate(`/spaces/${data.createSpace.id}`);
      }}
    />
  );
}

/** The space's current record, loaded for a form, or the page's loading/error/not-found state. */
function useSpaceForm() {
  const id = useIdParam();
  const query = useQuery(SpaceFormQuery, { variables: { id: id ?? '' }, skip: id === null });
  return { id, ...query };
}

/** `/spaces/:id/edit`: a steward changes the space; only the changed fields are sent. */
export function EditSpacePage() {
  return (
    <RequireSignIn>
      <EditSpace />
    </RequireSignIn>
  );
}

function EditSpace() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id, data, loading, error, refetch } = useSpaceForm();
  const [update, updating] = useMutation(UpdateSpaceMutation, { refetchQueries: ['Space'] });
  if (id === null) return <NotFound message={t('space.notFound')} />;
  if (!data)
    return (
      <DetailPageState
        loading={loading}
        error={error}
        loadingLabel={t('space.loading')}
        notFoundMessage={t('space.notFound')}
        onRetry={() => void refetch()}
      />
    );
  const initial = draftOf(data.space);
  return (
    <>
      <title>
        {t('app.pageTitle', { page: t('stewards.editTitle', { name: data.space.name }) })}
      </title>
      <header className="page-header">
        <h1 dir="auto">{t('stewards.editTitle', { name: data.space.name })}</h1>
      </header>
      {data.space.viewerIsSteward ? (
        <SpaceForm
          initial={initial}
          submitLabel={t('stewards.save')}
          busyLabel={t('stewards.saving')}
          busy={updating.loading}
          onSubmit={async (draft) => {
            const input = changedFields(initial, draft);
            if (Object.keys(input).length) await update({ variables: { id, input } });
            void navigate(`/spaces/${id}`);
          }}
        />
      ) : (
        <Notice>
          <p>{t('stewards.onlyStewards')}</p>
          <Link to={`/spaces/${id}/suggest`}>{t('stewards.suggest')}</Link>
        </Notice>
      )}
    </>
  );
}

/** `/spaces/:id/suggest`: an organiser who is not a steward suggests a change for the stewards. */
export function SuggestSpaceChangePage() {
  return (
    <RequireSignIn>
      <SuggestSpaceChange />
    </RequireSignIn>
  );
}

function SuggestSpaceChange() {
  const { t } = useTranslation();
  const { id, data, loading, error, refetch } = useSpaceForm();
  const [sent, setSent] = useState(false);
  const [propose, proposing] = useMutation(ProposeSpaceChangeMutation, {
    refetchQueries: ['SpaceChangeProposals'],
  });
  if (id === null) return <NotFound message={t('space.notFound')} />;
  if (!data)
    return loading ? (
      <LoadingState label={t('space.loading')} />
    ) : (
      <DetailPageState
        loading={loading}
        error={error}
        loadingLabel={t('space.loading')}
        notFoundMessage={t('space.notFound')}
        onRetry={() => void refetch()}
      />
    );
  const initial = draftOf(data.space);
  return (
    <>
      <title>
        {t('app.pageTitle', { page: t('stewards.suggestTitle', { name: data.space.name }) })}
      </title>
      <header className="page-header">
        <h1 dir="auto">{t('stewards.suggestTitle', { name: data.space.name })}</h1>
        <p className="lead">{t('stewards.suggestIntro')}</p>
      </header>
      {sent ? (
        <Notice>
          <p>{t('stewards.suggestSent')}</p>
          <Link to={`/spaces/${id}`}>{t('stewards.backToSpace', { name: data.space.name })}</Link>
        </Notice>
      ) : (
        <SpaceForm
          initial={initial}
          withNote
          submitLabel={t('stewards.sendSuggestion')}
          busyLabel={t('stewards.sending')}
          busy={proposing.loading}
          onSubmit={async (draft, note) => {
            await propose({
              variables: { spaceId: id, input: changedFields(initial, draft), note },
            });
            setSent(true);
          }}
        />
      )}
    </>
  );
}
