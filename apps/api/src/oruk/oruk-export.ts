import { createHash } from 'node:crypto';
import type { GroupEntity } from '../groups/group.entity';
import type { SessionEntity } from '../sessions/session.entity';
import type { SpaceEntity } from '../spaces/space.entity';
import { hsdsScheduleOf } from './oruk-schedule';
import {
  ACCESSIBILITY_DESCRIPTIONS,
  GROUP_KIND_TAXONOMY,
  isoLanguageCode,
  languageName,
  SPACE_KIND_TAXONOMY,
} from './oruk-vocabulary';

type Json = Record<string, unknown>;

/** A stable UUID (version 5 layout) for a record Village has no row of its own for. */
export function derivedId(...parts: string[]): string {
  const hex = createHash('sha1').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Years for HSDS from months (pregnancy is negative), precise enough to give the months back. */
const years = (months: number) => Math.round((months / 12) * 10_000) / 10_000;

function kindAttribute(linkId: string, linkEntity: string, taxonomy: string, kind: string): Json {
  const termId = derivedId(taxonomy, kind);
  return {
    id: derivedId('attribute', linkId, taxonomy),
    link_id: linkId,
    link_type: 'kind',
    link_entity: linkEntity,
    taxonomy_term_id: termId,
    taxonomy_term: {
      id: termId,
      code: kind,
      name: kind.charAt(0) + kind.slice(1).toLowerCase().replace(/_/g, ' '),
      description: `Village ${linkEntity === 'organization' ? 'group' : 'space'} kind ${kind}.`,
      taxonomy,
    },
  };
}

function organizationOf(group: GroupEntity): Json {
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    ...(group.website ? { website: group.website } : {}),
    attributes: [kindAttribute(group.id, 'organization', GROUP_KIND_TAXONOMY, group.kind)],
  };
}

/** `Street, Area, Town` back into HSDS address lines: the last part is the town. */
function addressOf(space: SpaceEntity): Json[] {
  if (!space.address && !space.postcode) return [];
  const parts = space.address
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const city = parts.length > 1 ? parts.pop()! : '';
  return [
    {
      id: derivedId('address', space.id),
      location_id: space.id,
      address_1: parts.join(', '),
      city,
      state_province: '',
      postal_code: space.postcode,
      country: 'GB',
      address_type: 'physical',
    },
  ];
}

/** Opening hours, one weekly schedule per run of identical times. */
function openingSchedulesOf(space: SpaceEntity): Json[] {
  const byTimes = new Map<string, number[]>();
  for (const period of space.openingHours) {
    const key = `${period.opens}-${period.closes}`;
    byTimes.set(key, [...(byTimes.get(key) ?? []), period.weekday]);
  }
  return [...byTimes].map(([key, weekdays]) => {
    const [opens, closes] = key.split('-') as [string, string];
    return {
      id: derivedId('opening', space.id, key),
      location_id: space.id,
      freq: 'WEEKLY',
      byday: weekdays.map((d) => ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][d - 1]).join(','),
      opens_at: opens,
      closes_at: closes,
    };
  });
}

function locationOf(space: SpaceEntity): Json {
  return {
    id: space.id,
    location_type: 'physical',
    name: space.name,
    latitude: space.latitude,
    longitude: space.longitude,
    addresses: addressOf(space),
    accessibility: space.accessibility.map((feature) => ({
      id: derivedId('accessibility', space.id, feature),
      location_id: space.id,
      description: ACCESSIBILITY_DESCRIPTIONS[feature],
    })),
    schedules: openingSchedulesOf(space),
    attributes: [kindAttribute(space.id, 'location', SPACE_KIND_TAXONOMY, space.kind)],
  };
}

function serviceOf(session: SessionEntity, group: GroupEntity, space: SpaceEntity): Json {
  const salId = derivedId('service_at_location', session.id);
  const schedule = hsdsScheduleOf({
    rule: session.recurrence,
    startDate: session.startDate,
    startTime: session.startTime,
    durationMinutes: session.durationMinutes,
  });
  return {
    id: session.id,
    organization_id: group.id,
    name: session.title,
    description: session.description,
    status: 'active',
    minimum_age: years(session.minAgeMonths),
    maximum_age: years(session.maxAgeMonths),
    organization: organizationOf(group),
    languages: session.languages.map((code) => ({
      id: derivedId('language', session.id, code),
      service_id: session.id,
      name: languageName(code),
      code: isoLanguageCode(code),
    })),
    cost_options: [
      {
        id: derivedId('cost_option', session.id),
        service_id: session.id,
        option: session.costPence === 0 ? 'Free' : 'Per session',
        currency: 'GBP',
        amount: session.costPence / 100,
      },
    ],
    service_at_locations: [
      {
        id: salId,
        service_id: session.id,
        location_id: space.id,
        schedules: [
          { id: derivedId('schedule', session.id), service_at_location_id: salId, ...schedule },
        ],
        location: locationOf(space),
      },
    ],
  };
}

/**
 * The directory as one HSDS 3.0 page of services (what `GET /services` returns): each Village session
 * is a service of its group's organisation, offered at its space on its schedule. Groups without
 * sessions and spaces nobody meets in have no service to hang on and are not in the page.
 */
export function serviceListOf(
  groups: readonly GroupEntity[],
  spaces: readonly SpaceEntity[],
  sessions: readonly SessionEntity[],
): Json {
  const groupsById = new Map(groups.map((g) => [g.id, g]));
  const spacesById = new Map(spaces.map((s) => [s.id, s]));
  const contents = sessions.flatMap((session) => {
    const group = groupsById.get(session.groupId);
    const space = spacesById.get(session.spaceId);
    return group && space ? [serviceOf(session, group, space)] : [];
  });
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}
