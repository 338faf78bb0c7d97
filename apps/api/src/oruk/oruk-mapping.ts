import {
  AccessibilityFeature,
  GroupKind,
  PREGNANCY_START_MONTHS,
  SpaceKind,
} from '@village/shared';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { CreateGroupInput } from '../groups/dto/group.input';
import { CreateSessionInput } from '../sessions/dto/session.input';
import { CreateSpaceInput } from '../spaces/dto/space.input';
import type { OpeningPeriod } from '../spaces/space.entity';
import {
  OrukLocation,
  OrukOrganization,
  OrukService,
  OrukServiceAtLocation,
  schedulesAt,
} from './oruk-directory';
import { dateOf, idOf, numberOf, objectsOf, objectsUnder, Raw, textOf } from './oruk-json';
import { RecordProblem, timingOf } from './oruk-schedule';
import {
  accessibilityFeaturesOf,
  GROUP_KIND_TAXONOMY,
  guessGroupKind,
  guessSpaceKind,
  languageCodeOf,
  PREGNANCY_WORDS,
  SPACE_KIND_TAXONOMY,
} from './oruk-vocabulary';

export interface GroupFields {
  name: string;
  kind: GroupKind;
  description: string;
  languages: string[];
  website: string | null;
}

export interface SpaceFields {
  name: string;
  kind: SpaceKind;
  address: string;
  postcode: string;
  latitude: number;
  longitude: number;
  accessibility: AccessibilityFeature[];
  openingHours: OpeningPeriod[];
}

export interface SessionFields {
  title: string;
  description: string;
  recurrence: string;
  startDate: string;
  startTime: string;
  durationMinutes: number;
  minAgeMonths: number;
  maxAgeMonths: number;
  languages: string[];
  costPence: number;
}

export interface PlannedSession {
  /** `<service_at_location id>/<schedule id>`: one session per place and schedule. */
  externalId: string;
  locationId: string;
  fields: SessionFields;
}

/** Tells the person importing about a detail that was left out or changed, without failing the record. */
export type Warn = (message: string) => void;

const MAX_DESCRIPTION = 4000;
const OLDEST_MONTHS = 216;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The first human message in class-validator's errors (nested ones included). */
function firstMessage(errors: ValidationError[]): string | null {
  for (const error of errors) {
    const own = Object.values(error.constraints ?? {})[0];
    if (own) return own;
    const nested = firstMessage(error.children ?? []);
    if (nested) return nested;
  }
  return null;
}

/** Checks fields with the same rules as the GraphQL inputs, so imported rows obey what members must. */
function requireValid(type: new () => object, fields: object, ignore: string[] = []): void {
  const errors = validateSync(plainToInstance(type, fields), { forbidUnknownValues: false });
  const message = firstMessage(errors.filter((e) => !ignore.includes(e.property)));
  if (message) throw new RecordProblem(`${message}.`);
}

function description(raw: Raw, warn: Warn): string {
  const text = textOf(raw['description']) ?? '';
  if (text.length <= MAX_DESCRIPTION) return text;
  warn(`Its description was cut to ${MAX_DESCRIPTION} characters.`);
  return `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}

/** Codes and names of a record's taxonomy terms; codes only from `taxonomy` when given. */
function taxonomyOf(raw: Raw, taxonomy: string): { codes: string[]; names: string[] } {
  const codes: string[] = [];
  const names: string[] = [];
  for (const attribute of objectsUnder(raw, 'attributes')) {
    const term = objectsOf(attribute['taxonomy_term'])[0] ?? {};
    const code = textOf(term['code']);
    if (code && textOf(term['taxonomy']) === taxonomy) codes.push(code);
    for (const name of [term['name'], attribute['label']])
      if (textOf(name)) names.push(textOf(name)!);
  }
  for (const link of objectsUnder(raw, 'service_taxonomys', 'taxonomys')) {
    const name = textOf(objectsOf(link['taxonomy'])[0]?.['name']) ?? textOf(link['name']);
    if (name) names.push(name);
  }
  return { codes, names };
}

/** Our language codes for a list of HSDS languages, warning about those we do not know. */
export function languagesOf(languages: Raw[], warn: Warn): string[] {
  const codes = new Set<string>();
  for (const language of languages) {
    const code = languageCodeOf(textOf(language['code']), textOf(language['name']));
    if (code) codes.add(code);
    else
      warn(
        `The language "${textOf(language['name']) ?? textOf(language['code']) ?? '?'}" is not one Village lists yet; it was left out.`,
      );
  }
  return [...codes];
}

export function groupFieldsOf(
  organization: OrukOrganization,
  services: OrukService[],
  warn: Warn,
): GroupFields {
  const raw = organization.raw;
  const name = textOf(raw['name']);
  if (!name) throw new RecordProblem('The organisation has no name.');
  const taxonomy = taxonomyOf(raw, GROUP_KIND_TAXONOMY);
  let website = textOf(raw['website']) ?? textOf(raw['url']) ?? null;
  if (website && !/^https?:\/\//i.test(website)) {
    warn(`Its website "${website}" is not a web address starting with https://; it was left out.`);
    website = null;
  }
  // Every language its services run in, in code order, whatever order the file lists them in.
  const languages = [
    ...new Set(services.flatMap((service) => languagesOf(service.languages, () => undefined))),
  ].sort();
  const fields: GroupFields = {
    name,
    kind: guessGroupKind(
      [name, textOf(raw['description']) ?? '', ...taxonomy.names],
      taxonomy.codes,
    ),
    description: description(raw, warn),
    languages: languages.length > 0 ? languages.slice(0, 8) : ['en'],
    website,
  };
  requireValid(CreateGroupInput, fields);
  return fields;
}

/** Weekly opening hours from a location's own schedules (other shapes are left out). */
function openingHoursOf(schedules: Raw[], warn: Warn): OpeningPeriod[] {
  const periods: OpeningPeriod[] = [];
  for (const schedule of schedules) {
    const freq = textOf(schedule['freq'])?.toUpperCase() ?? 'WEEKLY';
    const days = (textOf(schedule['byday']) ?? '')
      .toUpperCase()
      .split(',')
      .map((d) => d.trim());
    const opens = textOf(schedule['opens_at'])?.slice(0, 5);
    const closes = textOf(schedule['closes_at'])?.slice(0, 5);
    const weekdays = days.map((day) => WEEKDAYS.indexOf(day) + 1);
    if (freq !== 'WEEKLY' || !opens || !closes || weekdays.some((d) => d < 1) || !days[0]) {
      warn(
        `Opening hours ${idOf(schedule) ?? ''} are not a weekly pattern of days and times; left out.`,
      );
      continue;
    }
    for (const weekday of weekdays) periods.push({ weekday, opens, closes });
  }
  return periods.sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
}

export function spaceFieldsOf(location: OrukLocation, warn: Warn): SpaceFields {
  const raw = location.raw;
  const type = textOf(raw['location_type'])?.toLowerCase();
  if (type === 'virtual' || type === 'postal')
    throw new RecordProblem(`The location is ${type}, not a place where people meet.`);
  const address =
    location.addresses.find((a) => textOf(a['address_type']) !== 'postal') ?? location.addresses[0];
  const name = textOf(raw['name']) ?? textOf(address?.['address_1']);
  if (!name) throw new RecordProblem('The location has no name.');
  const latitude = numberOf(raw['latitude']);
  const longitude = numberOf(raw['longitude']);
  if (latitude === undefined || longitude === undefined)
    throw new RecordProblem(
      'The location has no latitude and longitude; Village needs them to show it on the map.',
    );

  const accessibility = new Set<AccessibilityFeature>();
  for (const note of location.accessibility) {
    const text = [note['description'], note['details'], note['accessibility']]
      .map(textOf)
      .filter(Boolean)
      .join('. ');
    const features = accessibilityFeaturesOf(text);
    if (features.length === 0 && text) warn(`The accessibility note "${text}" matched no feature.`);
    features.forEach((feature) => accessibility.add(feature));
  }
  const taxonomy = taxonomyOf(raw, SPACE_KIND_TAXONOMY);
  const fields: SpaceFields = {
    name,
    kind: guessSpaceKind(
      [name, textOf(raw['description']) ?? '', ...taxonomy.names],
      taxonomy.codes,
    ),
    address: ['address_1', 'address_2', 'city']
      .map((key) => textOf(address?.[key]))
      .filter(Boolean)
      .join(', '),
    postcode: (textOf(address?.['postal_code']) ?? '').toUpperCase(),
    latitude,
    longitude,
    accessibility: Object.values(AccessibilityFeature).filter((f) => accessibility.has(f)),
    openingHours: openingHoursOf(location.schedules, warn),
  };
  requireValid(CreateSpaceInput, fields);
  if (fields.openingHours.some((p) => p.closes <= p.opens))
    throw new RecordProblem('Its opening hours close before they open.');
  return fields;
}

/** Ages in months from the service's minimum/maximum age in years (or its eligibility records). */
export function agesOf(service: OrukService, warn: Warn): { min: number; max: number } {
  const raw = service.raw;
  const mins = [raw, ...service.eligibility]
    .map((r) => numberOf(r['minimum_age']))
    .filter((n): n is number => n !== undefined);
  const maxes = [raw, ...service.eligibility]
    .map((r) => numberOf(r['maximum_age']))
    .filter((n): n is number => n !== undefined);
  const words = [raw['name'], raw['description'], raw['eligibility_description']]
    .map(textOf)
    .join(' ');
  const forPregnancy = PREGNANCY_WORDS.test(words);
  let min = mins.length ? Math.round(Math.min(...mins) * 12) : PREGNANCY_START_MONTHS;
  let max = maxes.length
    ? Math.round(Math.max(...maxes) * 12)
    : forPregnancy && !mins.length
      ? 0
      : OLDEST_MONTHS;
  if (min > max)
    throw new RecordProblem(
      `Its minimum age (${Math.min(...mins)}) is above its maximum age (${Math.max(...maxes)}).`,
    );
  if (max > OLDEST_MONTHS || min > OLDEST_MONTHS) {
    warn('Ages over 18 are shown as 18: Village lists sessions by a child’s age.');
    max = Math.min(max, OLDEST_MONTHS);
    min = Math.min(min, OLDEST_MONTHS);
  }
  if (min < PREGNANCY_START_MONTHS) min = PREGNANCY_START_MONTHS;
  return { min, max: Math.max(max, min) };
}

/** Cost in pence: the cost option valid today (else the first), or a price in the fees text. */
export function costPenceOf(service: OrukService, today: string, warn: Warn): number {
  const current = service.costOptions.filter(
    (option) =>
      (dateOf(option['valid_from']) ?? '0000') <= today &&
      (dateOf(option['valid_to']) ?? '9999') >= today,
  );
  const option = [...current, ...service.costOptions].find(
    (o) => numberOf(o['amount']) !== undefined,
  );
  if (option) {
    const amount = numberOf(option['amount'])!;
    const currency = textOf(option['currency'])?.toUpperCase() ?? 'GBP';
    if (amount < 0) throw new RecordProblem(`Its cost ${amount} is below zero.`);
    if (currency !== 'GBP') warn(`Its cost is in ${currency}; it was read as pounds.`);
    return Math.round(amount * 100);
  }
  const fees = textOf(service.raw['fees_description']) ?? textOf(service.raw['fees']) ?? '';
  const pounds = /£\s?(\d+(?:\.\d{1,2})?)/.exec(fees)?.[1];
  return pounds ? Math.round(Number(pounds) * 100) : 0;
}

/** The status values that mean a service is not running now. */
export function isInactive(service: OrukService): boolean {
  const status = textOf(service.raw['status'])?.toLowerCase();
  return status !== undefined && status !== 'active';
}

/** One session per place the service is offered at and schedule it keeps there. */
export function sessionsOf(service: OrukService, today: string, warn: Warn): PlannedSession[] {
  const raw = service.raw;
  const title = textOf(raw['name']);
  if (!title) throw new RecordProblem('The service has no name.');
  if (service.serviceAtLocations.length === 0)
    throw new RecordProblem('The service is not offered at any location, so it has no sessions.');
  const ages = agesOf(service, warn);
  const languages = languagesOf(service.languages, warn);
  const common = {
    title,
    description: description(raw, warn),
    minAgeMonths: ages.min,
    maxAgeMonths: ages.max,
    languages: languages.length > 0 ? languages.slice(0, 8) : ['en'],
    costPence: costPenceOf(service, today, warn),
  };
  return service.serviceAtLocations.flatMap((sal: OrukServiceAtLocation) => {
    const schedules = schedulesAt(service, sal);
    if (schedules.length === 0)
      throw new RecordProblem(
        `The service has no schedule at location ${sal.locationId}, so Village cannot say when it meets.`,
      );
    return schedules.map((schedule, index): PlannedSession => {
      const scheduleId = idOf(schedule) ?? `#${index + 1}`;
      let timing;
      try {
        timing = timingOf(schedule, today);
      } catch (error) {
        if (error instanceof RecordProblem)
          throw new RecordProblem(`Its schedule ${scheduleId} ${error.message}`);
        throw error;
      }
      const fields: SessionFields = {
        ...common,
        recurrence: timing.rule,
        startDate: timing.startDate,
        startTime: timing.startTime,
        durationMinutes: timing.durationMinutes,
      };
      requireValid(CreateSessionInput, fields, ['groupId', 'spaceId']);
      return { externalId: `${sal.id}/${scheduleId}`, locationId: sal.locationId, fields };
    });
  });
}
