import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, DATA_SOURCE } from '../database/tokens';
import { Geocoder } from './geocoder';
import { normalisePostcode, PlaceProblem, placeError } from './postcode';
import { postcodesRepository } from './postcodes.repository';

/** A place typed into a search, found: where it is and how to name it back to the searcher. */
export interface FoundPlace {
  latitude: number;
  longitude: number;
  /** The postcode as written (`LS6 1AA`), or the address as typed, tidied. */
  label: string;
}

/**
 * Turns a typed postcode or address into a point to search from. Nothing typed is stored or
 * logged: the postcode is looked up in the postcode table, the address sent to the geocoder.
 */
@Injectable()
export class PlacesService {
  private readonly geocoder: Geocoder | null;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.geocoder = config.geocoderUrl
      ? new Geocoder({ url: config.geocoderUrl, timeoutMs: config.geocoderTimeoutMs })
      : null;
  }

  /** Whether addresses can be looked up (GEOCODER_URL is set). */
  get canFindAddresses(): boolean {
    return this.geocoder !== null;
  }

  async postcode(typed: string): Promise<FoundPlace> {
    const postcode = normalisePostcode(typed);
    if (!postcode) throw placeError(PlaceProblem.NOT_A_POSTCODE, 'postcode');
    const found = await postcodesRepository.find(this.dataSource.manager, postcode);
    if (!found) throw placeError(PlaceProblem.UNKNOWN_POSTCODE, 'postcode');
    return { latitude: found.latitude, longitude: found.longitude, label: found.postcode };
  }

  async address(typed: string): Promise<FoundPlace> {
    const label = typed.trim().replace(/\s+/g, ' ');
    // A postcode typed into the address box is looked up as one, without asking the geocoder.
    if (normalisePostcode(label)) return this.postcode(label);
    if (!this.geocoder) throw placeError(PlaceProblem.NO_GEOCODER, 'address');
    const found = await this.geocoder.find(label);
    if (!found) throw placeError(PlaceProblem.UNKNOWN_ADDRESS, 'address');
    return { ...found, label };
  }
}
