import { Button, TextField } from '@village/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { typedPlace, type TypedPlace } from '../../map/utils/typed-place';
import type { PlaceProblem } from '../utils/place-problem';

export interface PlaceSearchFieldProps {
  /** The place being searched from, if one was typed. */
  place: TypedPlace | null;
  onSearch: (place: TypedPlace | null) => void;
  /** Whether the API can find addresses (a geocoder is set); otherwise postcodes only. */
  addresses: boolean;
  /** Why the last search could not start from the typed place. */
  problem: PlaceProblem | null;
}

/**
 * "Postcode or address": typed, then searched from when Search (or Enter) is pressed. What is typed
 * stays in this page's memory for the search: it is not put in the address bar, remembered for next
 * time, or saved with the person.
 */
export function PlaceSearchField({ place, onSearch, addresses, problem }: PlaceSearchFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(
    place ? ('postcode' in place ? place.postcode : place.address) : '',
  );
  const search = () => onSearch(typedPlace(text));
  return (
    <div className="place-search">
      <TextField
        label={t(addresses ? 'where.placeLabel' : 'where.postcodeLabel')}
        hint={t('where.placeHint')}
        error={problem ? t(`where.problem.${problem}`) : null}
        autoComplete="postal-code"
        maxLength={200}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          search();
        }}
      />
      <p className="place-search__actions">
        <Button variant="secondary" onClick={search}>
          {t('where.search')}
        </Button>
        {place ? (
          <Button
            variant="secondary"
            onClick={() => {
              setText('');
              onSearch(null);
            }}
          >
            {t('where.clear')}
          </Button>
        ) : null}
      </p>
    </div>
  );
}
