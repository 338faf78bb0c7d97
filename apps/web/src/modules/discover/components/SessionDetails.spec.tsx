import { screen, waitFor, within } from '@testing-library/react';
import type { LanguageCode } from '../../../i18n/languages';
import { renderWithApp } from '../../../../test/render';
import type { SessionQuery } from '../../../gql/graphql';
import { mapSettingsMock } from '../../../../test/fixtures';
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
    recurrence: 'FREQ=WEEKLY;BYDAY=TU',
    startDate: '2026-01-06',
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
    renderWithApp(<SessionDetails session={session()} />, { mocks: [mapSettingsMock()] });
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

  it.each<[LanguageCode, string, string]>([
    ['en', 'FREQ=WEEKLY;BYDAY=TU', 'Every Tuesday'],
    ['en', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', 'Every other Tuesday'],
    ['en', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', 'Every other Monday and Thursday'],
    ['en', 'FREQ=WEEKLY;INTERVAL=3', 'Every 3 weeks on Tuesday'],
    ['en', 'FREQ=MONTHLY;BYDAY=1MO', 'First Monday of the month'],
    ['en', 'FREQ=MONTHLY;BYDAY=SA;BYSETPOS=-1', 'Last Saturday of the month'],
    ['pl', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', 'Co dwa tygodnie: wtorek'],
    ['pl', 'FREQ=WEEKLY;INTERVAL=5;BYDAY=TU', 'Co 5 tygodni: wtorek'],
    ['pl', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU', 'Co 3 tygodnie: wtorek'],
    ['ur', 'FREQ=MONTHLY;BYDAY=1MO', 'ہر مہینے کا پہلا پیر'],
  ])('says in %s how often %s repeats: %s', (language, recurrence, words) => {
    renderWithApp(<SessionDetails session={session({ recurrence })} />, {
      language,
      mocks: [mapSettingsMock()],
    });
    const dates = screen.getAllByRole('region')[0]!;
    expect(within(dates).getByText(words)).toBeTruthy();
  });

  it('says nothing about a rule it cannot put plainly, rather than something wrong', () => {
    renderWithApp(
      <SessionDetails session={session({ recurrence: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20' })} />,
      { mocks: [mapSettingsMock()] },
    );
    expect(document.querySelector('.session-repeats')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Next dates' })).toBeTruthy();
  });

  it('links to directions to the place, from the service the API names', async () => {
    renderWithApp(
      <SessionDetails
        session={session({
          space: { ...session().space, latitude: 53.7946, longitude: -1.7564 },
        })}
      />,
      { mocks: [mapSettingsMock()] },
    );
    const link = screen.getByRole('link', { name: 'Directions to Library (opens in a new tab)' });
    // Served settings replace OpenStreetMap's default once they arrive.
    await waitFor(() =>
      expect(link.getAttribute('href')).toBe('https://directions.example/?to=53.794600,-1.756400'),
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
