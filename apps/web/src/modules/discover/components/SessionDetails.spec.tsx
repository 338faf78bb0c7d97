import { screen } from '@testing-library/react';
import { renderWithApp } from '../../../../test/render';
import type { SessionQuery } from '../../../gql/graphql';
import { SessionDetails } from './SessionDetails';

function session(overrides: Partial<SessionQuery['session']> = {}): SessionQuery['session'] {
  return {
    __typename: 'Session',
    id: 's1',
    title: 'Baby rhyme time',
    description: '',
    languages: ['en'],
    minAgeMonths: 0,
    maxAgeMonths: 12,
    costPence: 0,
    capacity: null,
    durationMinutes: 60,
    nextOccurrences: ['2026-12-08T10:00:00.000Z'],
    icalUrl: '/ical/sessions/s1.ics',
    group: {
      __typename: 'Group',
      id: 'g1',
      name: 'Bumps and Babies',
      kind: 'PARENT_AND_BABY',
      icalUrl: '/ical/groups/g1.ics',
    },
    space: {
      __typename: 'Space',
      id: 'sp1',
      name: 'Library',
      address: null,
      postcode: null,
      latitude: 0,
      longitude: 0,
      accessibility: [],
    },
    ...overrides,
  } as SessionQuery['session'];
}

describe('SessionDetails', () => {
  it("tells the session's calendar links from its group's by their words, not only their names", () => {
    renderWithApp(<SessionDetails session={session()} />);
    const subscribe = screen.getAllByRole('link', { name: /^Subscribe/ });
    expect(subscribe.map((link) => link.textContent)).toEqual([
      'Subscribe in a calendar app',
      'Subscribe to all sessions in a calendar app',
    ]);
    expect(subscribe.map((link) => link.getAttribute('aria-label'))).toEqual([
      'Subscribe in a calendar app: Baby rhyme time',
      'Subscribe to all sessions in a calendar app: Bumps and Babies',
    ]);
  });
});
