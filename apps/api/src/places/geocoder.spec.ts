import { DomainError } from '../graphql/domain-error';
import { Geocoder } from './geocoder';

describe('Geocoder', () => {
  const realFetch = global.fetch;
  let asked: string[];
  let answer: () => Promise<Response>;

  beforeEach(() => {
    asked = [];
    answer = async () => Response.json([{ lat: '53.8', lon: '-1.75' }]);
    global.fetch = jest.fn(async (url: string | URL | Request) => {
      asked.push(String(url));
      return answer();
    }) as typeof fetch;
  });
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('asks Nominatim’s search for one British result and reads its coordinates', async () => {
    const geocoder = new Geocoder({ url: 'http://127.0.0.1:9/nominatim', timeoutMs: 100 });
    expect(await geocoder.find('12  Mill Lane')).toEqual({ latitude: 53.8, longitude: -1.75 });
    const url = new URL(asked[0]!);
    expect(url.pathname).toBe('/nominatim/search');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: '12 mill lane',
      format: 'jsonv2',
      limit: '1',
      countrycodes: 'gb',
    });
  });

  it('keeps an answer for a while, then asks again; keeps only so many', async () => {
    let now = 0;
    const geocoder = new Geocoder({
      url: 'http://127.0.0.1:9/',
      timeoutMs: 100,
      cacheMs: 1_000,
      cacheSize: 2,
      now: () => now,
    });
    await geocoder.find('a');
    await geocoder.find('A ');
    expect(asked).toHaveLength(1);
    now = 1_001;
    await geocoder.find('a');
    expect(asked).toHaveLength(2);
    await geocoder.find('b');
    await geocoder.find('c'); // 'a' is the oldest: it goes
    await geocoder.find('a');
    expect(asked).toHaveLength(5);
  });

  it('finds nothing in an empty answer, and fails plainly when the service fails', async () => {
    const geocoder = new Geocoder({ url: 'http://127.0.0.1:9/', timeoutMs: 100 });
    answer = async () => Response.json([]);
    expect(await geocoder.find('nowhere')).toBeNull();
    answer = async () => new Response('busy', { status: 503 });
    const failure = await geocoder.find('somewhere').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DomainError);
    expect((failure as DomainError).details).toEqual({ reason: 'GEOCODER_UNAVAILABLE' });
    expect((failure as DomainError).message).not.toContain('somewhere');
  });
});
