import { useLazyQuery, useMutation } from '@apollo/client/react';
import { AccessibilityFeature, SpaceKind } from '@village/shared';
import { Button, CheckboxGroup, RadioGroup, SelectField, TextField } from '@village/ui';
import { useState, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from '../../errors/components/ActionError';
import { errorField, humanErrorMessage } from '../../errors/utils/graphql-error';
import { CreateSpaceMutation, SpacesByNameQuery } from '../graphql/publish.graphql';

export interface ChosenSpace {
  id: string;
  name: string;
}

export interface SpaceFieldProps {
  value: ChosenSpace | null;
  onChange: (space: ChosenSpace) => void;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

interface NewSpace {
  name: string;
  kind: string;
  address: string;
  postcode: string;
  latitude: string;
  longitude: string;
  accessibility: string[];
}

const EMPTY_SPACE: NewSpace = {
  name: '',
  kind: '',
  address: '',
  postcode: '',
  latitude: '',
  longitude: '',
  accessibility: [],
};

/**
 * Where a session happens: an existing space found by name, or a new one made here (whoever makes
 * a space becomes its steward, so the organiser can change it later).
 */
export function SpaceField({ value, onChange, error, ref }: SpaceFieldProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [find, found] = useLazyQuery(SpacesByNameQuery);
  const [creating, setCreating] = useState(false);
  const [draft, setDraft] = useState<NewSpace>(EMPTY_SPACE);
  const [problems, setProblems] = useState<Partial<Record<keyof NewSpace, string>>>({});
  const [createSpace, created] = useMutation(CreateSpaceMutation);
  const results = found.data?.spaces.edges.map((edge) => edge.node) ?? [];

  const runSearch = () => {
    if (search.trim()) void find({ variables: { search: search.trim() } });
  };
  const searchOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches here rather than sending the session form this field sits in.
    if (event.key === 'Enter') {
      event.preventDefault();
      runSearch();
    }
  };
  const setNew = (field: keyof NewSpace, next: string | string[]) => {
    setDraft((current) => ({ ...current, [field]: next }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  };

  async function create(event?: FormEvent) {
    event?.preventDefault();
    const latitude = Number(draft.latitude);
    const longitude = Number(draft.longitude);
    const next: Partial<Record<keyof NewSpace, string>> = {};
    if (draft.name.trim().length < 2) next.name = t('publish.space.errors.name');
    if (!draft.kind) next.kind = t('publish.space.errors.kind');
    if (!draft.latitude.trim() || !(Math.abs(latitude) <= 90))
      next.latitude = t('publish.space.errors.latitude');
    if (!draft.longitude.trim() || !(Math.abs(longitude) <= 180))
      next.longitude = t('publish.space.errors.longitude');
    setProblems(next);
    if (Object.keys(next).length) return;
    try {
      const { data } = await createSpace({
        variables: {
          input: {
            name: draft.name.trim(),
            kind: draft.kind as SpaceKind,
            address: draft.address.trim(),
            postcode: draft.postcode.trim(),
            latitude,
            longitude,
            accessibility: draft.accessibility as AccessibilityFeature[],
          },
        },
      });
      if (data) {
        onChange({ id: data.createSpace.id, name: data.createSpace.name });
        setCreating(false);
        setDraft(EMPTY_SPACE);
      }
    } catch (failure) {
      const field = errorField(failure) as keyof NewSpace | undefined;
      if (field && field in EMPTY_SPACE) setProblems({ [field]: humanErrorMessage(failure, t) });
    }
  }

  const locate = () =>
    navigator.geolocation?.getCurrentPosition(({ coords }) => {
      setNew('latitude', coords.latitude.toFixed(5));
      setNew('longitude', coords.longitude.toFixed(5));
    });

  return (
    <fieldset className="ui-choices space-field">
      <legend>{t('publish.space.legend')}</legend>
      <p className="field-hint" aria-live="polite">
        {value ? t('publish.space.chosen', { name: value.name }) : t('publish.space.noneChosen')}
      </p>
      <div className="inline-search">
        <TextField
          ref={ref}
          label={t('publish.space.search')}
          type="search"
          value={search}
          error={error}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={searchOnEnter}
        />
        <Button variant="secondary" onClick={runSearch}>
          {t('publish.space.find')}
        </Button>
      </div>
      {found.loading ? <p role="status">{t('publish.space.searching')}</p> : null}
      {found.error ? <ActionError error={found.error} /> : null}
      {found.called && !found.loading && !found.error && results.length === 0 ? (
        <p role="status">{t('publish.space.noResults')}</p>
      ) : null}
      {results.length ? (
        <RadioGroup
          legend={t('publish.space.results')}
          options={results.map((space) => ({
            value: space.id,
            label: [space.name, space.address, space.postcode].filter(Boolean).join(', '),
          }))}
          value={value?.id ?? ''}
          onChange={(id) => {
            const space = results.find((result) => result.id === id);
            if (space) onChange({ id: space.id, name: space.name });
          }}
        />
      ) : null}
      {creating ? (
        <div className="new-space" role="group" aria-labelledby="new-space-heading">
          <h3 id="new-space-heading">{t('publish.space.newHeading')}</h3>
          <p className="field-hint">{t('publish.space.stewardHint')}</p>
          <TextField
            label={t('publish.space.name')}
            value={draft.name}
            error={problems.name}
            maxLength={120}
            dir="auto"
            onChange={(event) => setNew('name', event.target.value)}
          />
          <SelectField
            label={t('publish.space.kind')}
            value={draft.kind}
            error={problems.kind}
            options={[
              { value: '', label: t('publish.space.chooseKind') },
              ...Object.values(SpaceKind).map((kind) => ({
                value: kind,
                label: t(`spaceKind.${kind}`),
              })),
            ]}
            onChange={(kind) => setNew('kind', kind)}
          />
          <TextField
            label={t('publish.space.address')}
            value={draft.address}
            error={problems.address}
            dir="auto"
            onChange={(event) => setNew('address', event.target.value)}
          />
          <TextField
            label={t('publish.space.postcode')}
            value={draft.postcode}
            error={problems.postcode}
            inputClassName="ui-field__input--short"
            onChange={(event) => setNew('postcode', event.target.value)}
          />
          <TextField
            label={t('publish.space.latitude')}
            hint={t('publish.space.positionHint')}
            inputMode="decimal"
            value={draft.latitude}
            error={problems.latitude}
            inputClassName="ui-field__input--short"
            onChange={(event) => setNew('latitude', event.target.value)}
          />
          <TextField
            label={t('publish.space.longitude')}
            inputMode="decimal"
            value={draft.longitude}
            error={problems.longitude}
            inputClassName="ui-field__input--short"
            onChange={(event) => setNew('longitude', event.target.value)}
          />
          <Button variant="secondary" onClick={locate}>
            {t('publish.space.useHere')}
          </Button>
          <CheckboxGroup
            legend={t('publish.space.accessibility')}
            options={Object.values(AccessibilityFeature).map((feature) => ({
              value: feature,
              label: t(`accessibilityFeature.${feature}`),
            }))}
            values={draft.accessibility}
            onChange={(features) => setNew('accessibility', features)}
          />
          <div className="section-actions">
            <Button aria-busy={created.loading || undefined} onClick={() => void create()}>
              {t('publish.space.create')}
            </Button>
            <Button variant="secondary" onClick={() => setCreating(false)}>
              {t('publish.cancel')}
            </Button>
          </div>
          <ActionError error={created.error} />
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setCreating(true)}>
          {t('publish.space.new')}
        </Button>
      )}
    </fieldset>
  );
}
