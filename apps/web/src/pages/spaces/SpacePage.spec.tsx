import { screen, waitFor, within } from '@testing-library/react';
import { groupRef, mapSettingsMock, spaceData } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { SpaceQuery } from '../../modules/spaces/graphql/space.query';
import { SpaceStewardshipQuery } from '../../modules/spaces/graphql/space-stewards.graphql';
import { SpacePage } from './SpacePage';

/** Addresses carry real ids: anything else is not found without asking (useIdParam). */
const SPACE_ID = '0b9e7c1a-5d2f-4e8b-8c3d-2f6a1b4c5d6e';
const request = { query: SpaceQuery, variables: { id: SPACE_ID } };
const open = (data: ReturnType<typeof spaceData>, language: 'en' | 'pl' = 'en') =>
  renderWithApp(<SpacePage />, {
    url: `/spaces/${SPACE_ID}`,
    path: '/spaces/:id',
    language,
    mocks: [
      { request, result: { data: { space: data } } },
      // A visitor: no stewards' tools (SpaceStewardship.spec.tsx covers those).
      {
        request: { query: SpaceStewardshipQuery, variables: { id: data.id } },
        result: {
          data: { space: { __typename: 'Space', id: data.id, viewerIsSteward: false }, me: null },
        },
      },
      mapSettingsMock(),
    ],
  });

describe('SpacePage', () => {
  it('shows the address, accessibility and opening hours in weekday order', async () => {
    open(spaceData());

    expect(
      await screen.findByRole('heading', { level: 1, name: "Oakfield Children's Centre" }),
    ).toBeTruthy();
    expect(screen.getByText('12 Oak Road, Northside, NS1 2AB')).toBeTruthy();
    const directions = screen.getByRole('link', {
      name: "Directions to Oakfield Children's Centre (opens in a new tab)",
    });
    await waitFor(() =>
      expect(directions.getAttribute('href')).toBe(
        'https://directions.example/?to=53.794600,-1.756400',
      ),
    );
    const accessibility = screen.getByRole('list', { name: 'Accessibility' });
    expect(
      within(accessibility)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Step-free access', 'Baby changing']);

    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Monday09:00–17:00',
      'Wednesday09:00–12:00 and 13:00–16:00',
    ]);
  });

  it('lists the sessions held there with who runs them', async () => {
    open(
      spaceData({
        sessions: [
          {
            __typename: 'Session',
            id: 's1',
            title: 'Antenatal chat',
            description: '',
            languages: ['en', 'ur'],
            minAgeMonths: -9,
            maxAgeMonths: -1,
            costPence: 0,
            durationMinutes: 90,
            nextOccurrences: [],
            group: groupRef('g1', 'Bumps and Babies'),
          } as ReturnType<typeof spaceData>['sessions'][number],
        ],
      }),
    );

    const session = await screen.findByRole('article', { name: 'Antenatal chat' });
    expect(
      within(session).getByRole('link', { name: 'Bumps and Babies' }).getAttribute('href'),
    ).toBe('/groups/g1');
    expect(within(session).getByText('Pregnancy')).toBeTruthy();
    expect(within(session).getByText('No dates coming up.')).toBeTruthy();
  });

  it('says when nothing is known yet', async () => {
    open(spaceData({ accessibility: [], openingHours: [] }), 'pl');

    expect(
      await screen.findByText('Brak informacji o dostępności. Zapytaj grupę przed wizytą.'),
    ).toBeTruthy();
    expect(screen.getByText('Brak informacji o godzinach otwarcia.')).toBeTruthy();
    expect(screen.getByText('Obecnie nie ma tu stałych zajęć.')).toBeTruthy();
  });
});
