import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { viewerData } from '../../../test/fixtures';
import { ViewerQuery } from '../../modules/account/graphql/viewer.query';
import {
  ArchiveGroupMutation,
  EditGroupQuery,
} from '../../modules/groups/graphql/organise.graphql';
import { EditGroupPage } from './EditGroupPage';

const signedIn = { request: { query: ViewerQuery }, result: { data: viewerData('Amina') } };
const group = (viewerRole: 'ORGANISER' | 'MEMBER' | null) => ({
  request: { query: EditGroupQuery, variables: { slug: 'little-stars' } },
  result: {
    data: {
      group: {
        __typename: 'Group' as const,
        id: 'g9',
        slug: 'little-stars',
        name: 'Little Stars',
        kind: 'PARENT_AND_BABY' as const,
        description: 'Songs and toys.',
        languages: ['en'],
        website: null,
        archivedAt: null,
        viewerRole,
      },
    },
  },
});
const open = (mocks: MockLink.MockedResponse[]) =>
  renderWithApp(<EditGroupPage />, {
    mocks,
    url: '/groups/little-stars/edit',
    path: '/groups/:slug/edit',
  });

describe('EditGroupPage', () => {
  it('fills the form with the group, and archives it after asking', async () => {
    const user = userEvent.setup();
    open([
      signedIn,
      group('ORGANISER'),
      {
        request: { query: ArchiveGroupMutation, variables: { id: 'g9' } },
        result: {
          data: {
            archiveGroup: {
              __typename: 'Group',
              id: 'g9',
              archivedAt: '2026-10-01T10:00:00.000Z',
            },
          },
        },
      },
    ]);
    expect(((await screen.findByLabelText('Name')) as HTMLInputElement).value).toBe('Little Stars');
    await user.click(screen.getByRole('button', { name: 'Archive this group' }));
    const question = screen.getByRole('group', { name: 'Archive this group?' });
    expect(document.activeElement).toBe(question);
    await user.click(screen.getByRole('button', { name: 'Yes, archive it' }));
    expect(await screen.findByRole('button', { name: 'Bring the group back' })).toBeTruthy();
    expect(screen.getByText(/This group is archived. Bring it back/)).toBeTruthy();
  });

  it('tells someone who does not organise the group that they cannot change it', async () => {
    open([signedIn, group('MEMBER')]);
    expect(await screen.findByText("Only this group's organisers can change it.")).toBeTruthy();
    expect(screen.queryByLabelText('Name')).toBeNull();
  });
});
