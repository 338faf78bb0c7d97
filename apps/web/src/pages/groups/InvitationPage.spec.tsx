import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { viewerData } from '../../../test/fixtures';
import { ViewerQuery } from '../../modules/account/graphql/viewer.query';
import {
  AcceptInvitationMutation,
  InvitationQuery,
} from '../../modules/groups/graphql/organise.graphql';
import { InvitationPage } from './InvitationPage';

const TOKEN = 'tok-abc-def-ghi-jkl-mno-pqr';
const signedIn = { request: { query: ViewerQuery }, result: { data: viewerData('Bogdan') } };
const preview = {
  request: { query: InvitationQuery, variables: { token: TOKEN } },
  result: {
    data: {
      coOrganiserInvitation: {
        __typename: 'CoOrganiserInvitationPreview' as const,
        expiresAt: '2026-10-15T10:00:00.000Z',
        alreadyOrganiser: false,
        group: {
          __typename: 'Group' as const,
          id: 'g9',
          slug: 'little-stars',
          name: 'Little Stars',
        },
      },
    },
  },
};
const open = (mocks: MockLink.MockedResponse[]) =>
  renderWithApp(<InvitationPage />, {
    mocks,
    url: `/invitations/${TOKEN}`,
    path: '/invitations/:token',
  });

describe('InvitationPage', () => {
  it('says what organising means, then makes me an organiser and opens the group', async () => {
    const user = userEvent.setup();
    open([
      signedIn,
      preview,
      {
        request: { query: AcceptInvitationMutation, variables: { token: TOKEN } },
        result: {
          data: {
            acceptCoOrganiserInvitation: {
              __typename: 'Membership',
              id: 'm1',
              role: 'ORGANISER',
            },
          },
        },
      },
    ]);
    expect(await screen.findByRole('heading', { name: 'Organise Little Stars' })).toBeTruthy();
    expect(screen.getByText(/This invitation works until/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Become an organiser' }));
    await screen.findByText('/groups/little-stars');
  });

  it('explains an expired or used link', async () => {
    const message =
      'This invitation link has expired, has already been used or was withdrawn. Ask an organiser of the group for a new one.';
    open([
      signedIn,
      {
        request: preview.request,
        result: { errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'token' } }] },
      },
    ]);
    expect((await screen.findByRole('alert')).textContent).toContain(message);
  });
});
