import { Button, CheckboxGroup, SelectField, TextField } from '@village/ui';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionSearchSort } from '../../../gql/graphql';
import { WeekdaysField } from '../../forms/components/WeekdaysField';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import type { PositionStatus } from '../hooks/useDevicePosition';
import {
  ACCESSIBILITY_NEEDS,
  DEFAULT_FILTERS,
  DISTANCES,
  GROUP_KINDS,
  HERE,
  MINE,
  OLDEST_CHILD_MONTHS,
  PLACES,
  SEARCH_LANGUAGES,
  TIMES_OF_DAY,
  isMonth,
  type DiscoverFilters,
  type TimeOfDay,
} from '../utils/discover-filters';
import { AccessibilityIcon } from './AccessibilityIcon';
import { PlaceSearchField, type PlaceSearchFieldProps } from './PlaceSearchField';

export interface DiscoverFiltersFormProps {
  filters: DiscoverFilters;
  /** Applies a change to the filters (only the fields that change). */
  onChange: (change: Partial<DiscoverFilters>) => void;
  positionStatus: PositionStatus;
  onUseMyLocation: () => void;
  /** The typed postcode or address searched from, its search, and why it failed (`where`). */
  place?: PlaceSearchFieldProps;
  /** Whether my profile has an area, to offer "My area". */
  hasMyArea?: boolean;
}

type Stage = 'any' | 'child' | 'expecting';
const TEXT_DELAY_MS = 400;

/** Every discover filter; each change applies at once (and is kept in the URL and for next time). */
export function DiscoverFiltersForm({
  filters,
  onChange,
  positionStatus,
  onUseMyLocation,
  place,
  hasMyArea = false,
}: DiscoverFiltersFormProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const statusId = useId();
  const set = onChange;

  // Who it is for: "a child of N months" stays chosen while the age is still being typed. These
  // drafts start from the filters; the filters change only through this form (URL changes replace
  // the history entry), and "Clear filters" resets the drafts too.
  const filterStage: Stage =
    filters.childAgeMonths !== null ? 'child' : filters.dueMonth ? 'expecting' : 'any';
  const [stage, setStage] = useState<Stage>(filterStage);
  const [age, setAge] = useState(filters.childAgeMonths?.toString() ?? '');
  const [due, setDue] = useState(filters.dueMonth ?? '');

  // Words are searched once typing pauses, not on every key.
  const [text, setText] = useState(filters.text);
  useEffect(() => {
    if (text === filters.text) return;
    const timer = setTimeout(() => onChange({ text }), TEXT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, filters.text, onChange]);

  const chooseStage = (next: Stage) => {
    setStage(next);
    if (next === 'any') set({ childAgeMonths: null, dueMonth: null });
    if (next === 'child') set({ childAgeMonths: parseAge(age), dueMonth: null });
    if (next === 'expecting') set({ childAgeMonths: null, dueMonth: isMonth(due) ? due : null });
  };

  const ageError = stage === 'child' && age !== '' && parseAge(age) === null;
  const moreInUse =
    filters.languages.length > 0 ||
    filters.accessibility.length > 0 ||
    filters.groupKinds.length > 0 ||
    filters.text !== '';
  // Open from the start when one of its filters is in use, so nothing chosen is hidden.
  const [moreShown, setMoreShown] = useState(moreInUse);

  return (
    <form
      className="discover-filters"
      aria-label={t('discover.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <fieldset className="discover-filters__where">
        <legend className="ui-field__label">{t('discover.where')}</legend>
        <div className="filters">
          <SelectField
            label={t('discover.searchFrom')}
            value={filters.near}
            options={[
              ...(filters.near === HERE ? [{ value: HERE, label: t('discover.myLocation') }] : []),
              ...(hasMyArea || filters.near === MINE
                ? [{ value: MINE, label: t('where.myArea') }]
                : []),
              ...PLACES.map((place) => ({
                value: place.key,
                label: t(`discover.place.${place.key}`),
              })),
            ]}
            onChange={(near) => set({ near: near as DiscoverFilters['near'] })}
          />
          <SelectField
            label={t('discover.distance')}
            value={filters.withinMetres === null ? 'nearest' : String(filters.withinMetres)}
            options={DISTANCES.map((metres) =>
              metres === null
                ? { value: 'nearest', label: t('discover.nearest') }
                : {
                    value: String(metres),
                    label: t('discover.within', { distance: format.distance(metres) }),
                  },
            )}
            onChange={(value) =>
              set({ withinMetres: value === 'nearest' ? null : (Number(value) as 1000) })
            }
          />
        </div>
        {place ? <PlaceSearchField {...place} /> : null}
        <p className="discover-filters__locate">
          {/* Not `disabled` while locating: that would drop the focus of whoever pressed it. */}
          <Button
            variant="secondary"
            onClick={() => {
              if (positionStatus !== 'locating') onUseMyLocation();
            }}
            aria-disabled={positionStatus === 'locating'}
            aria-describedby={statusId}
          >
            {t('discover.useMyLocation')}
          </Button>
          <span id={statusId} role="status" className="discover-filters__status">
            {t(`discover.locationStatus.${positionStatus}`)}
          </span>
        </p>
      </fieldset>

      <div className="filters">
        <SelectField
          label={t('discover.whoFor')}
          value={stage}
          options={[
            { value: 'any', label: t('discover.stage.any') },
            { value: 'child', label: t('discover.stage.child') },
            { value: 'expecting', label: t('discover.stage.expecting') },
          ]}
          onChange={(value) => chooseStage(value as Stage)}
        />
        {stage === 'child' ? (
          <TextField
            label={t('discover.ageMonths')}
            hint={t('discover.ageMonthsHint', { max: OLDEST_CHILD_MONTHS })}
            error={ageError ? t('discover.ageMonthsError', { max: OLDEST_CHILD_MONTHS }) : null}
            type="number"
            inputMode="numeric"
            min={0}
            max={OLDEST_CHILD_MONTHS}
            value={age}
            onChange={(event) => {
              setAge(event.target.value);
              set({ childAgeMonths: parseAge(event.target.value) });
            }}
          />
        ) : null}
        {stage === 'expecting' ? (
          <TextField
            label={t('discover.dueMonth')}
            hint={t('discover.dueMonthHint')}
            type="month"
            value={due}
            onChange={(event) => {
              setDue(event.target.value);
              set({ dueMonth: isMonth(event.target.value) ? event.target.value : null });
            }}
          />
        ) : null}
        <SelectField
          label={t('discover.timeOfDay')}
          value={filters.time ?? ''}
          options={[
            { value: '', label: t('discover.time.any') },
            ...Object.keys(TIMES_OF_DAY).map((time) => ({
              value: time,
              label: t(`discover.time.${time as TimeOfDay}`),
            })),
          ]}
          onChange={(value) => set({ time: (value || null) as TimeOfDay | null })}
        />
        <SelectField
          label={t('discover.sort')}
          value={filters.sort}
          options={[
            { value: SessionSearchSort.Distance, label: t('discover.sortBy.DISTANCE') },
            { value: SessionSearchSort.Fit, label: t('discover.sortBy.FIT') },
          ]}
          onChange={(value) => set({ sort: value as SessionSearchSort })}
        />
      </div>

      <WeekdaysField
        legend={t('discover.days')}
        values={filters.weekdays}
        onChange={(weekdays) => set({ weekdays })}
      />

      <label className="ui-choice discover-filters__free">
        <input
          type="checkbox"
          checked={filters.freeOnly}
          onChange={(event) => set({ freeOnly: event.target.checked })}
        />
        <span>{t('discover.freeOnly')}</span>
      </label>

      <CheckboxGroup
        legend={t('discover.accessibility')}
        options={ACCESSIBILITY_NEEDS.map((feature) => ({
          value: feature,
          label: (
            <span className="ui-chip">
              <span className="ui-chip__icon" aria-hidden="true">
                <AccessibilityIcon feature={feature} />
              </span>
              {t(`accessibilityFeature.${feature}`)}
            </span>
          ),
        }))}
        values={filters.accessibility}
        onChange={(values) => set({ accessibility: values as DiscoverFilters['accessibility'] })}
      />

      <details
        className="discover-filters__more"
        open={moreShown}
        onToggle={(event) => setMoreShown(event.currentTarget.open)}
      >
        <summary>{t('discover.moreFilters')}</summary>
        <CheckboxGroup
          legend={t('discover.languages')}
          options={SEARCH_LANGUAGES.map((code) => ({
            value: code,
            label: format.languageName(code),
          }))}
          values={filters.languages}
          onChange={(languages) => set({ languages })}
        />
        <CheckboxGroup
          legend={t('discover.groupKinds')}
          options={GROUP_KINDS.map((kind) => ({ value: kind, label: t(`groupKind.${kind}`) }))}
          values={filters.groupKinds}
          onChange={(values) => set({ groupKinds: values as DiscoverFilters['groupKinds'] })}
        />
        <TextField
          label={t('discover.text')}
          hint={t('discover.textHint')}
          type="search"
          maxLength={100}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </details>

      <p>
        <Button
          variant="secondary"
          onClick={() => {
            setStage('any');
            setAge('');
            setDue('');
            setText('');
            // Everything but where from: that is not a filter on what, and may be the device's position.
            const { near: _keep, ...cleared } = DEFAULT_FILTERS;
            onChange(cleared);
          }}
        >
          {t('discover.clearFilters')}
        </Button>
      </p>
    </form>
  );
}

function parseAge(value: string): number | null {
  if (!/^\d{1,2}$/.test(value.trim())) return null;
  const months = Number(value);
  return months <= OLDEST_CHILD_MONTHS ? months : null;
}
