import { fireEvent, screen } from '@testing-library/react';
import { viewerData } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { ViewerQuery } from '../../modules/account/graphql/viewer.query';
import {
  CreateSpaceMutation,
  MyOrganisingQuery,
  ProposeSpaceChangeMutation,
  SpaceFormQuery,
} from '../../modules/spaces/graphql/space-stewards.graphql';
import { EditSpacePage, NewSpacePage, SuggestSpaceChangePage } from './SpaceFormPages';

const SPACE_ID = '0b9e7c1a-5d2f-4e8b-8c3d-2f6a1b4c5d6e';
const signedIn = { request: { query: ViewerQuery }, result: { data: viewerData() } };
const organising = (count: number) => ({
  request: { query: MyOrganisingQuery },
  result: {
    data: {
      me: {
        __typename: 'Me',
        organising: Array.from({ length: count }, (_, i) => ({ __typename: 'Group', id: `g${i}` })),
      },
    },
  },
});
const spaceForm = (steward: boolean) => ({
  request: { query: SpaceFormQuery, variables: { id: SPACE_ID } },
  result: {
    data: {
      space: {
        __typename: 'Space',
        id: SPACE_ID,
        name: 'Oak Hall',
        kind: 'COMMUNITY_CENTRE',
        address: '1 Oak Road',
        postcode: 'NS1 2AB',
        latitude: 53.79,
        longitude: -1.75,
        accessibility: ['STEP_FREE'],
        openingHours: [],
        viewerIsSteward: steward,
      },
    },
  },
});

describe('the space form pages', () => {
  it('tells someone who organises no group that organisers publish places', async () => {
    renderWithApp(<NewSpacePage />, {
      url: '/spaces/new',
      path: '/spaces/new',
      mocks: [signedIn, organising(0)],
    });
    expect(
      await screen.findByText(/Places are published by the organisers of a group/),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publish place' })).toBeNull();
  });

  it('publishes a new place for an organiser and opens it', async () => {
    renderWithApp(<NewSpacePage />, {
      url: '/spaces/new',
      path: '/spaces/new',
      mocks: [
        signedIn,
        organising(1),
        {
          request: {
            query: CreateSpaceMutation,
            variables: {
              input: {
                name: 'Mill Hall',
                kind: 'LIBRARY',
                address: '',
                postcode: '',
                latitude: 53.8,
                longitude: -1.7,
                accessibility: [],
                openingHours: [],
              },
            },
          },
          result: { data: { createSpace: { __typename: 'Space', id: 'new-space' } } },
        },
      ],
    });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Name' }), {
      target: { value: 'Mill Hall' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Type of place' }), {
      target: { value: 'LIBRARY' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Latitude/ }), {
      target: { value: '53.8' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Longitude/ }), {
      target: { value: '-1.7' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Publish place' }));
    await screen.findByText('/spaces/new-space');
  });

  it('sends others to suggest a change instead of editing', async () => {
    renderWithApp(<EditSpacePage />, {
      url: `/spaces/${SPACE_ID}/edit`,
      path: '/spaces/:id/edit',
      mocks: [signedIn, spaceForm(false)],
    });
    expect(await screen.findByText("Only this place's stewards can edit it.")).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Suggest a change' }).getAttribute('href')).toBe(
      `/spaces/${SPACE_ID}/suggest`,
    );
  });

  it('sends only the changed fields and the note as a suggestion', async () => {
    renderWithApp(<SuggestSpaceChangePage />, {
      url: `/spaces/${SPACE_ID}/suggest`,
      path: '/spaces/:id/suggest',
      mocks: [
        signedIn,
        spaceForm(false),
        {
          request: {
            query: ProposeSpaceChangeMutation,
            variables: { spaceId: SPACE_ID, input: { postcode: 'NS1 9ZZ' }, note: 'New sign.' },
          },
          result: {
            data: {
              proposeSpaceChange: {
                __typename: 'SpaceChangeProposal',
                id: 'c1',
                status: 'PENDING',
              },
            },
          },
        },
      ],
    });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Postcode' }), {
      target: { value: 'NS1 9ZZ' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Why this change/ }), {
      target: { value: 'New sign.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send suggestion' }));
    expect(
      await screen.findByText(/Thank you. The stewards will look at your suggestion/),
    ).toBeTruthy();
  });
});
