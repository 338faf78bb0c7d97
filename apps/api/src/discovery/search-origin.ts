import { Injectable } from '@nestjs/common';
import { badInput } from '../graphql/domain-error';
import { PlacesService } from '../places/places.service';
import type { NearArgs } from './dto/session-search.args';
import { Origin, originOf } from './near';

/** Where a search starts, and how to name it back ("near LS6 1AA"); null for a point or a cell. */
export interface SearchFrom {
  origin: Origin;
  label: string | null;
}

const given = (value: unknown) => value !== null && value !== undefined && value !== '';

/**
 * The origin of a near-me search from any of its four starts: a point, an area cell, a postcode or
 * an address. A postcode or address is looked up for this search only: it is not written to the
 * database or the log, and not kept by saved searches (their input has no such fields).
 */
@Injectable()
export class SearchOrigins {
  constructor(private readonly places: PlacesService) {}

  async of(
    args: Pick<NearArgs, 'point' | 'areaCell' | 'postcode' | 'address'>,
  ): Promise<SearchFrom> {
    const typed = given(args.postcode) || given(args.address);
    if (!typed) return { origin: originOf(args), label: null };
    const starts = [args.point, args.areaCell, args.postcode, args.address].filter(given).length;
    if (starts > 1)
      throw badInput(
        'Search from one place: a point, an area cell, a postcode or an address.',
        given(args.postcode) ? 'postcode' : 'address',
      );
    const found = given(args.postcode)
      ? await this.places.postcode(args.postcode!)
      : await this.places.address(args.address!);
    return {
      origin: { latitude: found.latitude, longitude: found.longitude },
      label: found.label,
    };
  }
}
