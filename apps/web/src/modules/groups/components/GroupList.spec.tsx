import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import { viewerData } from '../../../../test/fixtures';
import { ViewerQuery } from '../../account/graphql/viewer.query';
import { GroupsQuery } from '../graphql/groups.query';
import { GroupList } from './GroupList';

function groupsPage(names: string[], kind = 'FAITH') {
  return {
    groups: {
      __typename: 'GroupConnection',
      edges: names.map((name, index) => ({
        __typename: 'GroupEdge',
        cursor: `c${index}`,
        node: {
          __typename: 'Group',
          id: name,
          name,
          kind,
          description: '',
          languages: ['ur', 'pa'],
          memberCount: 40,
        },
      })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  };
}

/** The "Start a group" link asks who is signed in. */
const nobodySignedIn = { request: { query: ViewerQuery }, result: { data: viewerData(null) } };

describe('GroupList', () => {
  it('lists groups with their kind, size and languages', async () => {
    renderWithApp(<GroupList />, {
      mocks: [
        nobodySignedIn,
        {
          request: { query: GroupsQuery, variables: { kind: null, first: 20 } },
          result: { data: groupsPage(['Jamia Masjid']) },
        },
      ],
    });

    const group = await screen.findByRole('article', { name: 'Jamia Masjid' });
    expect(group.textContent).toContain('Faith');
    expect(group.textContent).toContain('40 members · Urdu and Punjabi');
    expect(screen.getByRole('link', { name: 'Jamia Masjid' }).getAttribute('href')).toBe(
      '/groups/Jamia Masjid',
    );
  });

  it('filters by kind and keeps the filter in the address', async () => {
    renderWithApp(<GroupList />, {
      mocks: [
        nobodySignedIn,
        {
          request: { query: GroupsQuery, variables: { kind: null, first: 20 } },
          result: { data: groupsPage(['Jamia Masjid']) },
        },
        {
          request: { query: GroupsQuery, variables: { kind: 'PARENT_AND_BABY', first: 20 } },
          result: { data: groupsPage([], 'PARENT_AND_BABY') },
        },
      ],
    });
    await screen.findByRole('article', { name: 'Jamia Masjid' });

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Type of group' }),
      'Parent and baby',
    );

    expect(await screen.findByText('There are no groups of this type yet.')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/?kind=PARENT_AND_BABY');
  });

  it('ignores a kind in the address that does not exist', async () => {
    renderWithApp(<GroupList />, {
      url: '/?kind=NONSENSE',
      mocks: [
        nobodySignedIn,
        {
          request: { query: GroupsQuery, variables: { kind: null, first: 20 } },
          result: { data: groupsPage(['Jamia Masjid']) },
        },
      ],
    });
    expect(await screen.findByRole('article', { name: 'Jamia Masjid' })).toBeTruthy();
    expect(
      (screen.getByRole('combobox', { name: 'Type of group' }) as HTMLSelectElement).value,
    ).toBe('');
  });

  it('offers people signed in to start a group, and nobody else', async () => {
    const firstPage = {
      request: { query: GroupsQuery, variables: { kind: null, first: 20 } },
      result: { data: groupsPage(['Jamia Masjid']) },
    };
    const signedIn = renderWithApp(<GroupList />, {
      mocks: [firstPage, { request: { query: ViewerQuery }, result: { data: viewerData() } }],
    });
    const start = await screen.findByRole('link', { name: 'Start a group' });
    expect(start.getAttribute('href')).toBe('/groups/new');
    signedIn.unmount();

    renderWithApp(<GroupList />, {
      mocks: [firstPage, { request: { query: ViewerQuery }, result: { data: viewerData(null) } }],
    });
    await screen.findByRole('article', { name: 'Jamia Masjid' });
    expect(screen.queryByRole('link', { name: 'Start a group' })).toBeNull();
  });
});
