import { PlaceProblem, placeError } from './postcode';

export interface GeocodedPlace {
  latitude: number;
  longitude: number;
}

export interface GeocoderOptions {
  /** A Nominatim-compatible service; `/search` is asked. */
  url: string;
  timeoutMs: number;
  /** How long an answer is kept in memory. */
  cacheMs?: number;
  /** Most answers kept at once; the oldest goes first. */
  cacheSize?: number;
  now?: () => number;
}

/** A Nominatim `/search?format=jsonv2` result: coordinates as strings. */
interface NominatimResult {
  lat?: unknown;
  lon?: unknown;
}

/**
 * Finds an address with a Nominatim-compatible geocoder (`GEOCODER_URL`): one request, a timeout,
 * and answers kept briefly in memory so the same address typed again (paging, a changed filter) is
 * not asked twice. The address is sent to the geocoder and held in this cache only: it is never
 * logged, and never written anywhere with the person who typed it.
 */
export class Geocoder {
  private readonly cache = new Map<string, { place: GeocodedPlace | null; until: number }>();
  private readonly cacheMs: number;
  private readonly cacheSize: number;
  private readonly now: () => number;

  constructor(private readonly options: GeocoderOptions) {
    this.cacheMs = options.cacheMs ?? 10 * 60_000;
    this.cacheSize = options.cacheSize ?? 500;
    this.now = options.now ?? Date.now;
  }

  /** Where the address is, or null when the geocoder finds nothing; throws when it fails. */
  async find(address: string): Promise<GeocodedPlace | null> {
    const key = address.trim().replace(/\s+/g, ' ').toLowerCase();
    const cached = this.cache.get(key);
    if (cached && cached.until > this.now()) return cached.place;
    const place = await this.ask(key);
    this.cache.delete(key);
    this.cache.set(key, { place, until: this.now() + this.cacheMs });
    while (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    return place;
  }

  private async ask(address: string): Promise<GeocodedPlace | null> {
    const url = new URL(
      'search',
      this.options.url.endsWith('/') ? this.options.url : `${this.options.url}/`,
    );
    url.searchParams.set('q', address);
    url.searchParams.set('format', 'jsonv2');
    url.searchParams.set('limit', '1');
    url.searchParams.set('countrycodes', 'gb');
    let results: unknown;
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json', 'user-agent': 'Village community platform' },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      if (!response.ok) throw new Error(`geocoder answered ${response.status}`);
      results = await response.json();
    } catch {
      // Neither the address nor the URL (which holds it) goes into the error.
      throw placeError(PlaceProblem.GEOCODER_UNAVAILABLE, 'address');
    }
    const first = Array.isArray(results) ? (results[0] as NominatimResult | undefined) : undefined;
    if (!first) return null;
    const latitude = Number(first.lat);
    const longitude = Number(first.lon);
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
    return { latitude, longitude };
  }
}
