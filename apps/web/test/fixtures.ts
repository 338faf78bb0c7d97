import { ContentModeration, HelpPostStatus } from '../src/gql/graphql';
import { HelpFormContextQuery } from '../src/modules/help/graphql/my-help.graphql';
import { MapSettingsQuery } from '../src/modules/map/graphql/map-settings.query';
import type {
  ExchangeFieldsFragment,
  GroupQuery,
  HelpPostsQuery,
  PrivacyQuery,
  SessionSearchResultDetailsFragment,
  SpaceQuery,
  UpcomingSessionsQuery,
} from '../src/gql/graphql';

// Response shapes as the API sends them, __typename included, for MockedProvider.
// (The generated operation types leave __typename out, hence the widening casts.)

export function groupRef(id: string, name: string): { id: string; name: string } {
  return { __typename: 'Group', id, name } as { id: string; name: string };
}

type GroupData = GroupQuery['group'] & { __typename: 'Group' };

export function groupData(overrides: Partial<GroupData> = {}): GroupData {
  return {
    __typename: 'Group',
    id: 'g1',
    slug: 'bumps-and-babies',
    name: 'Bumps and Babies',
    kind: 'PARENT_AND_BABY',
    archivedAt: null,
    viewerRole: null,
    description: 'A friendly group for parents-to-be and babies up to a year.',
    languages: ['en', 'ur'],
    memberCount: 12,
    website: 'https://www.bumps.example.org/',
    icalUrl: '/calendar/groups/bumps-and-babies.ics',
    sessions: [
      {
        __typename: 'Session',
        id: 's1',
        title: 'Baby massage',
        description: 'Bring a towel.',
        languages: ['en'],
        minAgeMonths: 0,
        maxAgeMonths: 6,
        costPence: 0,
        durationMinutes: 60,
        nextOccurrences: ['2026-10-13T09:00:00.000Z', '2026-10-20T09:00:00.000Z'],
        icalUrl: '/calendar/sessions/s1.ics',
        space: {
          __typename: 'Space',
          id: 'sp1',
          name: "Oakfield Children's Centre",
          postcode: 'NS1 2AB',
        },
      } as GroupData['sessions'][number],
    ],
    ...overrides,
  };
}

type SpaceData = SpaceQuery['space'] & { __typename: 'Space' };

export function spaceData(overrides: Partial<SpaceData> = {}): SpaceData {
  return {
    __typename: 'Space',
    id: 'sp1',
    name: "Oakfield Children's Centre",
    kind: 'CHILDRENS_CENTRE',
    address: '12 Oak Road, Northside',
    postcode: 'NS1 2AB',
    latitude: 53.7946,
    longitude: -1.7564,
    accessibility: ['STEP_FREE', 'BABY_CHANGE'],
    openingHours: [
      { weekday: 3, opens: '13:00', closes: '16:00' },
      { weekday: 1, opens: '09:00', closes: '17:00' },
      { weekday: 3, opens: '09:00', closes: '12:00' },
    ].map((period) => ({ __typename: 'OpeningPeriod' as const, ...period })),
    sessions: [],
    ...overrides,
  };
}

type HelpPost = HelpPostsQuery['helpPosts']['edges'][number]['node'];

export function helpPost(
  id: string,
  overrides: Partial<HelpPost> = {},
): HelpPost & { __typename: 'HelpPost' } {
  return {
    __typename: 'HelpPost',
    id,
    kind: 'OFFER',
    category: 'BABY_ITEMS',
    title: `Post ${id}`,
    description: '',
    availability: '',
    availabilitySlots: [],
    languages: [],
    quantity: null,
    expiresAt: null,
    status: HelpPostStatus.Open,
    moderation: ContentModeration.Visible,
    removalNote: null,
    areaCell: '8819429a9dfffff',
    createdAt: '2026-10-01T10:00:00.000Z',
    authorGroup: null,
    authorPerson: {
      __typename: 'Person',
      id: `p-${id}`,
      displayName: 'Amina',
    } as HelpPost['authorPerson'],
    ...overrides,
  };
}

export function helpPage(posts: HelpPost[], endCursor: string | null, hasNextPage: boolean) {
  return {
    helpPosts: {
      __typename: 'HelpPostConnection',
      edges: posts.map((node) => ({ __typename: 'HelpPostEdge', cursor: `c-${node.id}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    },
    liveCursor: '100',
  };
}

/**
 * Who is looking, as the help pages ask for it (HelpFormContextQuery): a member with this rough
 * area, or (null) nobody signed in.
 */
export function helpFormContextMock(areaCell: string | null) {
  return {
    request: { query: HelpFormContextQuery },
    result: {
      data: {
        me: areaCell
          ? {
              __typename: 'Me',
              person: { __typename: 'Person', id: 'me', areaCell, languages: ['en'] },
              organising: [],
            }
          : null,
      },
    },
    maxUsageCount: 5,
  };
}

type Occurrence = UpcomingSessionsQuery['upcomingSessions'][number];

export function occurrence(
  startsAt: string,
  endsAt: string,
  title: string,
): Occurrence & { __typename: 'SessionOccurrence' } {
  return {
    __typename: 'SessionOccurrence',
    startsAt,
    endsAt,
    session: {
      __typename: 'Session',
      id: title,
      title,
      languages: ['en', 'pl'],
      minAgeMonths: 12,
      maxAgeMonths: 48,
      costPence: 200,
      group: groupRef('g2', 'Northside Food Share'),
      space: { __typename: 'Space', id: 'sp2', name: 'Northside Library' },
    } as Occurrence['session'],
  };
}

/** `me` as the header and RequireSignIn ask for it; null is nobody signed in. */
export function viewerData(displayName: string | null = 'Amina') {
  return {
    me: displayName
      ? {
          __typename: 'Me',
          email: 'amina@example.org',
          person: { __typename: 'Person', id: 'p1', displayName },
        }
      : null,
  };
}

type PrivacyMe = NonNullable<PrivacyQuery['me']>;
type ConsentData = PrivacyMe['consents'][number];

export function consentData(overrides: Partial<ConsentData> = {}): ConsentData {
  return {
    __typename: 'Consent',
    id: 'c1',
    kind: 'FINDABLE_BY_NEARBY_PARENTS',
    purpose: null,
    givenAt: '2026-10-01T10:00:00.000Z',
    withdrawnAt: null,
    inForce: true,
    organisation: null,
    ...overrides,
  } as ConsentData;
}

/** The privacy page's own query: my consents, and whether my profile lets anyone match me. */
export function privacyData(
  consents: ConsentData[] = [],
  person: Partial<PrivacyMe['person']> = {},
) {
  return {
    me: {
      __typename: 'Me',
      person: {
        __typename: 'Person',
        id: 'p1',
        areaCell: '881942cce7fffff',
        lifeStage: { __typename: 'LifeStage', expecting: false, childAgesMonths: [4] },
        ...person,
      },
      consents,
    },
  };
}

/** A session search result as a card shows it: free, step-free, in Urdu, Tuesdays at 10:00. */
export function searchResult(
  id = 's1',
  title = 'Baby rhyme time',
): SessionSearchResultDetailsFragment {
  return {
    __typename: 'SessionSearchResult',
    distanceMetres: 1240,
    walkingMinutes: 20,
    fit: 0.8,
    // Tuesday 13 October 2026, 10:00 in London (British Summer Time).
    nextOccurrences: ['2026-10-13T09:00:00.000Z', '2026-10-20T09:00:00.000Z'],
    reasons: [
      { kind: 'NEARBY', detail: '1.2 km' },
      { kind: 'FITS_CHILD_AGE', detail: '0 to 12 months' },
      { kind: 'IN_LANGUAGE', detail: 'ur' },
      { kind: 'FREE', detail: 'free' },
      { kind: 'ACCESSIBLE', detail: 'STEP_FREE' },
      { kind: 'ON_DAY_AND_TIME', detail: 'TU 10:00' },
    ].map((reason) => ({ __typename: 'MatchReason', ...reason })),
    session: {
      __typename: 'Session',
      id,
      title,
      languages: ['ur', 'en'],
      minAgeMonths: 0,
      maxAgeMonths: 12,
      costPence: 0,
      durationMinutes: 60,
      icalUrl: `/calendar/sessions/${id}.ics`,
      group: { __typename: 'Group', id: 'g1', name: 'Bumps and Babies', kind: 'PARENT_AND_BABY' },
      space: {
        __typename: 'Space',
        id: 'sp1',
        name: 'Northside Library',
        address: '1 Canal Road',
        postcode: 'BD1 1AA',
        latitude: 53.79,
        longitude: -1.75,
        accessibility: ['STEP_FREE', 'BABY_CHANGE'],
      },
    },
  } as SessionSearchResultDetailsFragment;
}

export function searchPage(
  results: SessionSearchResultDetailsFragment[],
  hasNextPage = false,
  /** What the search was from: a typed postcode's label, or null for a point or area. */
  label: string | null = null,
) {
  return {
    sessionSearch: {
      __typename: 'SessionSearchConnection',
      origin: { __typename: 'SearchOrigin', latitude: 53.7946, longitude: -1.7564, label },
      edges: results.map((node) => ({
        __typename: 'SessionSearchResultEdge',
        cursor: `c-${node.session.id}`,
        node,
      })),
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage,
        endCursor: results.length ? `c-${results.at(-1)!.session.id}` : null,
      },
    },
  };
}

/** An exchange as its responder sees it while still talking, with overrides. */
export function exchangeData(
  overrides: Partial<ExchangeFieldsFragment> = {},
): ExchangeFieldsFragment {
  return {
    __typename: 'Exchange',
    id: 'x1',
    status: 'OPEN',
    mySide: 'RESPONDER',
    givingSide: 'POST',
    agreedByPostSide: true,
    agreedByResponder: false,
    createdAt: '2026-11-20T10:00:00.000Z',
    fulfilledAt: null,
    cancelledAt: null,
    myFeedbackGiven: false,
    responder: { __typename: 'Person', id: 'p-parent', displayName: 'Sana' },
    helpPost: {
      __typename: 'HelpPost',
      id: 'h1',
      kind: 'OFFER',
      category: 'BABY_ITEMS',
      title: 'Baby clothes 0–6 months',
      status: 'OPEN',
      authorGroup: { __typename: 'Group', id: 'g1', name: 'Masjid Noor Sisters' },
      authorPerson: null,
    },
    thanks: [],
    ...overrides,
  } as ExchangeFieldsFragment;
}

/** The map settings the API serves, as a mock: no tiles (jsdom draws the plain map), no geocoder. */
export function mapSettingsMock(
  settings: { addressSearch?: boolean; tileUrl?: string | null } = {},
) {
  return {
    request: { query: MapSettingsQuery },
    result: {
      data: {
        mapSettings: {
          __typename: 'MapSettings',
          tileUrl: settings.tileUrl ?? null,
          tileAttribution: '© OpenStreetMap contributors',
          directionsUrl: 'https://directions.example/?to={lat},{lng}',
          addressSearch: settings.addressSearch ?? false,
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
