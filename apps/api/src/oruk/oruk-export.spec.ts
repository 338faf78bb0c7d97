import { AccessibilityFeature, GroupKind, SpaceKind } from '@village/shared';
import type { GroupEntity } from '../groups/group.entity';
import type { SessionEntity } from '../sessions/session.entity';
import type { SpaceEntity } from '../spaces/space.entity';
import { readDirectory } from './oruk-directory';
import { derivedId, serviceListOf } from './oruk-export';
import { groupFieldsOf, sessionsOf, spaceFieldsOf } from './oruk-mapping';
import { HSDS_SERVICE_LIST_SCHEMA } from './schema/hsds-service-list.schema';
import { validateJson } from './schema/json-schema';

const group = {
  id: '6f1c1b7e-3c1a-4f57-9d0e-1f2a3b4c5d6e',
  slug: 'al-noor',
  name: 'Al-Noor Masjid',
  kind: GroupKind.FAITH,
  description: 'A mosque.',
  languages: ['ur', 'en'],
  website: 'https://alnoor.example/',
} as GroupEntity;
const space = {
  id: '0b7d3a58-5a55-4d0e-8f3c-2d1e0f9a8b7c',
  name: 'Al-Noor Community Rooms',
  kind: SpaceKind.MOSQUE,
  address: '7 Athol Road, Manningham, Bradford',
  postcode: 'BD9 4LA',
  latitude: 53.8049,
  longitude: -1.7718,
  accessibility: [AccessibilityFeature.STEP_FREE, AccessibilityFeature.QUIET_SPACE],
  openingHours: [
    { weekday: 1, opens: '09:00', closes: '17:00' },
    { weekday: 2, opens: '09:00', closes: '17:00' },
  ],
} as SpaceEntity;
const session = {
  id: 'a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e1a',
  groupId: group.id,
  spaceId: space.id,
  title: 'Urdu Coffee Morning',
  description: 'Tea and toys.',
  recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
  startDate: '2026-01-09',
  startTime: '10:00:00',
  durationMinutes: 90,
  minAgeMonths: -9,
  maxAgeMonths: 8,
  languages: ['ur', 'bsl'],
  costPence: 150,
} as SessionEntity;

describe('exporting as HSDS 3.0', () => {
  const exported = serviceListOf([group], [space], [session]);

  it('writes a page of services that validates against the HSDS 3.0 schema', () => {
    expect(validateJson(HSDS_SERVICE_LIST_SCHEMA, exported)).toEqual([]);
    expect(exported['total_items']).toBe(1);
  });

  it('reads back as the same group, space and session', () => {
    const directory = readDirectory(exported);
    const [org] = directory.organizations.values();
    const [location] = directory.locations.values();
    const [service] = directory.services.values();
    expect(groupFieldsOf(org!, [service!], () => undefined)).toEqual({
      name: group.name,
      kind: group.kind,
      description: group.description,
      languages: ['bsl', 'ur'],
      website: group.website,
    });
    expect(spaceFieldsOf(location!, () => undefined)).toEqual({
      name: space.name,
      kind: space.kind,
      address: space.address,
      postcode: space.postcode,
      latitude: space.latitude,
      longitude: space.longitude,
      accessibility: space.accessibility,
      openingHours: space.openingHours,
    });
    expect(sessionsOf(service!, '2026-03-01', () => undefined)[0]!.fields).toEqual({
      title: session.title,
      description: session.description,
      recurrence: session.recurrence,
      startDate: session.startDate,
      startTime: '10:00',
      durationMinutes: session.durationMinutes,
      minAgeMonths: session.minAgeMonths,
      maxAgeMonths: session.maxAgeMonths,
      languages: session.languages,
      costPence: session.costPence,
    });
  });

  it('gives records Village has no row for stable UUIDs', () => {
    expect(derivedId('schedule', session.id)).toBe(derivedId('schedule', session.id));
    expect(derivedId('schedule', session.id)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('the JSON Schema validator', () => {
  it('reports wrong types, missing fields, bad enums and formats, and unknown properties', () => {
    const broken = {
      total_items: '1',
      total_pages: 1,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: true,
      empty: false,
      contents: [
        {
          id: 'not-a-uuid',
          name: 'Stay and Play',
          status: 'open',
          colour: 'red',
          service_at_locations: [
            { id: session.id, schedules: [{ id: session.id, freq: 'DAILY', opens_at: '25:00' }] },
          ],
        },
      ],
    };
    expect(validateJson(HSDS_SERVICE_LIST_SCHEMA, broken).map((v) => v.path)).toEqual([
      '/total_items',
      '/contents/0/id',
      '/contents/0/status',
      '/contents/0/colour',
      '/contents/0/service_at_locations/0/schedules/0/freq',
      '/contents/0/service_at_locations/0/schedules/0/opens_at',
    ]);
    const { contents: _contents, ...withoutContents } = exportedMinimal();
    expect(validateJson(HSDS_SERVICE_LIST_SCHEMA, withoutContents)).toEqual([
      { path: '/', message: 'must have the property contents' },
    ]);
  });

  it('refuses a schema keyword it would not check', () => {
    expect(() => validateJson({ type: 'object', oneOf: [] } as never, {})).toThrow('oneOf');
  });
});

function exportedMinimal() {
  return serviceListOf([], [], []);
}
