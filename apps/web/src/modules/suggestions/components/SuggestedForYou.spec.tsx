import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { searchResult, viewerData } from '../../../../test/fixtures';
import { renderWithApp } from '../../../../test/render';
import { ViewerQuery } from '../../account/graphql/viewer.query';
import { useViewer } from '../../account/hooks/useViewer';
import { SuggestedSessionsQuery } from '../graphql/suggested-sessions.query';
import { SuggestedForYou } from './SuggestedForYou';

const viewer = (name: string | null) => ({
  request: { query: ViewerQuery },
  result: { data: viewerData(name) },
});

type Reason = { kind: string; detail: string };

const suggested = (
  items: { reasons: Reason[] }[],
  needs: string[] = [],
  first = 3,
): MockLink.MockedResponse => ({
  request: { query: SuggestedSessionsQuery, variables: { first } },
  result: {
    data: {
      suggestedSessions: {
        __typename: 'SessionSuggestions',
        needs,
        weighedTies: true,
        items: items.map(({ reasons }) => ({
          __typename: 'SessionSuggestion',
          match: searchResult(),
          reasons: reasons.map((reason) => ({ __typename: 'SuggestionReason', ...reason })),
        })),
      },
    },
  },
});

describe('SuggestedForYou', () => {
  it('shows each suggestion with why it is for me, in words', async () => {
    renderWithApp(<SuggestedForYou first={3} />, {
      mocks: [
        viewer('Vera'),
        suggested([
          {
            reasons: [
              { kind: 'ON_YOUR_DAY', detail: 'TH 13:30' },
              { kind: 'PEOPLE_YOU_KNOW_GO', detail: 'Farah F., Nadia K.' },
              { kind: 'NEW_CIRCLE', detail: '80' },
              { kind: 'MEET_AN_ORGANISER', detail: '' },
            ],
          },
        ]),
      ],
    });

    const section = await screen.findByRole('region', { name: 'Suggested for you' });
    const card = await within(section).findByRole('article', { name: 'Baby rhyme time' });
    const why = within(card).getByRole('heading', { name: 'Why we suggest it' });
    const reasons = within(why.parentElement!).getAllByRole('listitem');
    expect(reasons.map((item) => item.textContent)).toEqual([
      'Thursday at 13:30: a day that suits you.',
      'Farah F. and Nadia K., who you know, are going.',
      "Most people there are from a part of town where you don't know anyone yet: a chance to meet someone new.",
      "Run by local organisers you haven't met yet: a good person to ask about what else is on.",
    ]);
    // The fit reasons stay as discovery gives them.
    expect(within(card).getByRole('list', { name: 'Why it fits' })).toBeTruthy();
  });

  it('asks for a rough area when there is none', async () => {
    renderWithApp(<SuggestedForYou first={3} />, {
      mocks: [viewer('Vera'), suggested([], ['AREA', 'LIFE_STAGE'])],
    });
    expect(
      await screen.findByText(
        "Add your rough area to your profile and we'll suggest sessions near you.",
        { exact: false },
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Change your profile' }).getAttribute('href')).toBe(
      '/account',
    );
  });

  it('says when suggestions would fit better with the family’s stage', async () => {
    renderWithApp(<SuggestedForYou first={3} />, {
      mocks: [viewer('Vera'), suggested([{ reasons: [] }], ['LIFE_STAGE'])],
    });
    expect(
      await screen.findByText(
        "Add your family's stage to your profile and we'll match sessions to your child's age.",
        { exact: false },
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Why we suggest it' })).toBeNull();
  });

  it('says the reasons in Urdu, right to left', async () => {
    renderWithApp(<SuggestedForYou first={3} />, {
      language: 'ur',
      mocks: [
        viewer('Vera'),
        suggested([
          {
            reasons: [
              { kind: 'ON_YOUR_DAY', detail: 'TU 10:00' },
              { kind: 'MEET_AN_ORGANISER', detail: '' },
            ],
          },
        ]),
      ],
    });
    expect(await screen.findByRole('region', { name: 'آپ کے لیے تجاویز' })).toBeTruthy();
    const why = await screen.findByRole('heading', { name: 'ہم یہ کیوں تجویز کرتے ہیں' });
    const [onHerDay] = within(why.parentElement!).getAllByRole('listitem');
    // The day named in Urdu, not the API's code.
    expect(onHerDay!.textContent).toMatch(/منگل.*یہ دن آپ کے لیے موزوں ہے۔/);
    expect(onHerDay!.textContent).not.toContain('TU');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('asks nothing and shows nothing to someone signed out', async () => {
    // A neighbour on the page reports when the viewer is known; had the section asked for
    // suggestions, the unanswered query would show an error with "Try again".
    function ViewerKnown() {
      const { known } = useViewer();
      return known ? <p>viewer known</p> : null;
    }
    renderWithApp(
      <>
        <ViewerKnown />
        <SuggestedForYou first={3} />
      </>,
      { mocks: [viewer(null)] },
    );
    await screen.findByText('viewer known');
    expect(screen.queryByRole('region', { name: 'Suggested for you' })).toBeNull();
    expect(screen.queryByRole('button', { name: /try again/i })).toBeNull();
  });
});
