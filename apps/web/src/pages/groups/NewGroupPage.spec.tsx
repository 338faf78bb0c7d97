import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { viewerData } from '../../../test/fixtures';
import { ViewerQuery } from '../../modules/account/graphql/viewer.query';
import { CreateGroupMutation } from '../../modules/groups/graphql/organise.graphql';
import { NewGroupPage } from './NewGroupPage';

const signedIn = { request: { query: ViewerQuery }, result: { data: viewerData('Amina') } };
const input = {
  kind: 'PARENT_AND_BABY',
  name: 'Little Stars',
  description: 'Songs and toys.',
  languages: ['en', 'ur'],
  website: 'https://stars.example.org',
} as const;
const made = {
  __typename: 'Group' as const,
  id: 'g9',
  slug: 'little-stars',
  archivedAt: null,
  viewerRole: 'ORGANISER' as const,
  ...input,
};

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(await screen.findByLabelText('Kind of group'), 'Parent and baby');
  await user.type(screen.getByLabelText('Name'), input.name);
  await user.type(screen.getByLabelText('What the group does'), input.description);
  await user.click(screen.getByRole('checkbox', { name: /Urdu/ }));
  await user.type(screen.getByLabelText('Website (optional)'), input.website);
}

describe('NewGroupPage', () => {
  it('says what is missing by each field and focuses the first', async () => {
    const user = userEvent.setup();
    renderWithApp(<NewGroupPage />, { mocks: [signedIn], url: '/groups/new', path: '/groups/new' });
    await screen.findByLabelText('Kind of group');
    await user.click(screen.getByRole('checkbox', { name: /English/ }));
    await user.type(screen.getByLabelText('Website (optional)'), 'stars.example');
    await user.click(screen.getByRole('button', { name: 'Start the group' }));

    const kind = screen.getByLabelText('Kind of group');
    expect(document.activeElement).toBe(kind);
    expect(kind.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Choose the kind of group.')).toBeTruthy();
    expect(screen.getByText('Give the group a name of 2 to 120 characters.')).toBeTruthy();
    expect(screen.getByText('Choose at least one language.')).toBeTruthy();
    expect(
      screen.getByText(
        'Write the website as a full address starting with https://, or leave it empty.',
      ),
    ).toBeTruthy();
  });

  it('shows the API’s refusal by the field it names', async () => {
    const user = userEvent.setup();
    renderWithApp(<NewGroupPage />, {
      mocks: [
        signedIn,
        {
          request: { query: CreateGroupMutation, variables: { input } },
          result: {
            errors: [
              {
                message: 'name looks like it contains a phone number',
                extensions: { code: 'BAD_USER_INPUT', field: 'name' },
              },
            ],
          },
        },
      ],
      url: '/groups/new',
      path: '/groups/new',
    });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Start the group' }));

    const name = screen.getByLabelText('Name');
    expect(await screen.findByText('name looks like it contains a phone number')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
  });

  it('creates the group and opens its page', async () => {
    const user = userEvent.setup();
    renderWithApp(<NewGroupPage />, {
      mocks: [
        signedIn,
        {
          request: { query: CreateGroupMutation, variables: { input } },
          result: { data: { createGroup: made } },
        },
      ],
      url: '/groups/new',
      path: '/groups/new',
    });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Start the group' }));
    await screen.findByText('/groups/little-stars');
    expect(screen.getByTestId('location').textContent).toBe('/groups/little-stars');
  });
});
