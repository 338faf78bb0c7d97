import { AccessibilityFeature, GroupKind, SpaceKind } from '@village/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OrukService, readDirectory } from './oruk-directory';
import { groupFieldsOf, PlannedSession, sessionsOf, spaceFieldsOf } from './oruk-mapping';
import { accessibilityFeaturesOf, guessGroupKind, languageCodeOf } from './oruk-vocabulary';

const TODAY = '2026-03-01';
const sample = readDirectory(
  JSON.parse(readFileSync(join(__dirname, 'samples/bradford-family-services.json'), 'utf8')),
);
const invalid = readDirectory(
  JSON.parse(
    readFileSync(join(__dirname, '../../test/fixtures/oruk-invalid-records.json'), 'utf8'),
  ),
);
const none = () => undefined;
const serviceNamed = (name: string): OrukService =>
  [...sample.services.values()].find((s) => s.raw['name'] === name)!;
const sessionsNamed = (name: string): PlannedSession[] =>
  sessionsOf(serviceNamed(name), TODAY, none);

describe('reading an Open Referral directory', () => {
  it('links nested services, organisations and locations, each once', () => {
    expect(sample.organizations.size).toBe(5);
    expect(sample.locations.size).toBe(5);
    expect(sample.services.size).toBe(6);
    expect(sample.unreadable).toEqual([]);
  });

  it('links flat tables by their ids', () => {
    expect(invalid.organizations.size).toBe(1);
    expect(invalid.locations.size).toBe(2);
    const club = [...invalid.services.values()].find(
      (s) => s.raw['name'] === "Dads' Saturday Club",
    )!;
    expect(club.serviceAtLocations).toHaveLength(1);
    expect(club.serviceAtLocations[0]!.schedules).toHaveLength(1);
    expect(club.languages.map((l) => l['code'])).toEqual(['en', 'ben']);
  });

  it('reports a record without an id instead of guessing', () => {
    const directory = readDirectory({ services: [{ name: 'No id' }], organizations: [{}] });
    expect(directory.unreadable.map((p) => p.recordId)).toEqual([
      'organizations[0]',
      'services[0]',
    ]);
  });

  it('refuses a document that is not a directory', () => {
    expect(() => readDirectory({ hello: 'world' })).toThrow('not an Open Referral directory');
  });
});

describe('mapping records to groups, spaces and sessions', () => {
  it('guesses group kinds from names, descriptions and our own taxonomy', () => {
    const kinds = [...sample.organizations.values()].map(
      (org) => groupFieldsOf(org, [], none).kind,
    );
    expect(kinds).toEqual([
      GroupKind.SERVICE,
      GroupKind.SERVICE,
      GroupKind.FAITH,
      GroupKind.MUTUAL_AID,
      GroupKind.CIVIC,
    ]);
    expect(guessGroupKind(['Anything'], ['VOLUNTEER_SCHEME'])).toBe(GroupKind.VOLUNTEER_SCHEME);
  });

  it('maps locations to spaces with kind, address and the accessibility they clearly state', () => {
    const [hub, , masjid, , library] = [...sample.locations.values()].map((l) =>
      spaceFieldsOf(l, none),
    );
    expect(hub).toMatchObject({
      name: 'Manningham Family Hub',
      kind: SpaceKind.CHILDRENS_CENTRE,
      address: '12 Carlisle Road, Bradford',
      postcode: 'BD8 8BD',
      accessibility: [
        AccessibilityFeature.STEP_FREE,
        AccessibilityFeature.BABY_CHANGE,
        AccessibilityFeature.PRAM_SPACE,
        AccessibilityFeature.HEARING_LOOP,
        AccessibilityFeature.ACCESSIBLE_TOILET,
      ],
    });
    expect(hub!.openingHours).toHaveLength(5);
    expect(masjid).toMatchObject({
      kind: SpaceKind.MOSQUE,
      accessibility: [AccessibilityFeature.STEP_FREE, AccessibilityFeature.QUIET_SPACE],
    });
    expect(library!.kind).toBe(SpaceKind.LIBRARY);
    expect(library!.openingHours.map((p) => p.weekday)).toEqual([1, 3, 5, 6]);
  });

  it('reads a note that says what is missing as no feature', () => {
    expect(accessibilityFeaturesOf('No step-free access')).toEqual([]);
    expect(accessibilityFeaturesOf("There isn't a hearing loop")).toEqual([]);
  });

  it('refuses a location with no coordinates, saying why', () => {
    const bad = [...invalid.locations.values()].find(
      (l) => l.raw['name'] === 'Girlington Community Centre',
    )!;
    expect(() => spaceFieldsOf(bad, none)).toThrow('no latitude and longitude');
  });

  it('makes one session per location and schedule, with ages in months, languages and cost', () => {
    const stayAndPlay = sessionsNamed('Stay and Play');
    expect(stayAndPlay.map((s) => [s.fields.recurrence, s.fields.startTime])).toEqual([
      ['FREQ=WEEKLY;BYDAY=TU', '10:00'],
      ['FREQ=WEEKLY;BYDAY=TH', '13:30'],
    ]);
    expect(stayAndPlay[0]!.fields).toMatchObject({
      minAgeMonths: 0,
      maxAgeMonths: 48,
      languages: ['en', 'ur'],
      costPence: 0,
      durationMinutes: 90,
    });
    expect(sessionsNamed('Baby Massage')[0]!.fields).toMatchObject({
      minAgeMonths: 2,
      maxAgeMonths: 12,
      languages: ['en', 'pl'],
      costPence: 200,
    });
    expect(sessionsNamed('Bump to Baby Antenatal Group')[0]!.fields).toMatchObject({
      recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO',
      minAgeMonths: -9,
      maxAgeMonths: 0,
    });
    expect(sessionsNamed('Foodbank Drop-in')[0]!.fields).toMatchObject({
      recurrence: 'FREQ=WEEKLY;BYDAY=TU,FR',
      minAgeMonths: -9,
      maxAgeMonths: 216,
    });
    expect(sessionsNamed('Rhyme Time')[0]!.fields).toMatchObject({
      recurrence: 'FREQ=MONTHLY;BYDAY=1SA',
      minAgeMonths: 0,
      maxAgeMonths: 60,
    });
  });

  it('names the schedule that is wrong', () => {
    const gym = [...invalid.services.values()].find((s) => s.raw['name'] === 'Toddler Gym')!;
    expect(() => sessionsOf(gym, TODAY, none)).toThrow(
      /^Its schedule \S+ closes at 13:00, before it opens at 14:00\.$/,
    );
  });

  it('warns about languages it does not know and leaves them out', () => {
    const warnings: string[] = [];
    const service = serviceNamed('Rhyme Time');
    const sessions = sessionsOf(
      { ...service, languages: [...service.languages, { id: 'x', name: 'Klingon' }] },
      TODAY,
      (m) => warnings.push(m),
    );
    expect(sessions[0]!.fields.languages).toEqual(['en']);
    expect(warnings).toEqual([
      'The language "Klingon" is not one Village lists yet; it was left out.',
    ]);
    expect(languageCodeOf('en-GB', undefined)).toBe('en');
    expect(languageCodeOf(undefined, 'British Sign Language')).toBe('bsl');
  });
});
