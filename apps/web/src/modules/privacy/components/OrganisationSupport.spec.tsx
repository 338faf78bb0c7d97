import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { consentData, privacyData } from '../../../../test/fixtures';
import { renderWithApp } from '../../../../test/render';
import { GiveConsentMutation, OrganisationsQuery, PrivacyQuery } from '../graphql/privacy.query';
import { OrganisationSupport } from './OrganisationSupport';

const group = (id: string, name: string) => ({
  __typename: 'GroupEdge',
  node: { __typename: 'Group', id, name },
});
const organisations = {
  request: { query: OrganisationsQuery, variables: { first: 50 } },
  result: {
    data: {
      services: { __typename: 'GroupConnection', edges: [group('g-hub', 'Northside Family Hub')] },
      schemes: { __typename: 'GroupConnection', edges: [group('g-home', 'Home-Start Northside')] },
    },
  },
};
const purpose = 'Settling in with a new baby';

describe('OrganisationSupport', () => {
  it('asks for an organisation and a purpose before giving permission', async () => {
    renderWithApp(<OrganisationSupport consents={[]} />, { mocks: [organisations] });
    const picker = await screen.findByRole('combobox', { name: 'Organisation' });
    // Family services and volunteer schemes, under their own headings.
    expect(within(picker).getByRole('group', { name: 'Family service' })).toBeTruthy();
    expect(within(picker).getByRole('group', { name: 'Volunteer scheme' })).toBeTruthy();

    await userEvent.type(screen.getByRole('textbox', { name: /What would you like support/ }), 'a');
    await userEvent.click(screen.getByRole('button', { name: 'Give permission' }));

    expect(screen.getByText('Choose an organisation.')).toBeTruthy();
    expect(screen.getByText("Say in a few words what you'd like support with.")).toBeTruthy();
    expect(document.activeElement).toBe(picker);
  });

  it('gives permission to the chosen organisation for the stated purpose', async () => {
    const given = consentData({
      id: 'c-hub',
      kind: 'SUPPORTED_BY_ORGANISATION',
      purpose,
      organisation: { __typename: 'Group', id: 'g-home', name: 'Home-Start Northside' } as never,
    });
    renderWithApp(<OrganisationSupport consents={[]} />, {
      mocks: [
        organisations,
        {
          request: {
            query: GiveConsentMutation,
            variables: {
              input: { kind: 'SUPPORTED_BY_ORGANISATION', organisationId: 'g-home', purpose },
            },
          },
          result: {
            data: {
              giveConsent: {
                __typename: 'Consent',
                id: 'c-hub',
                kind: 'SUPPORTED_BY_ORGANISATION',
                inForce: true,
              },
            },
          },
        },
        { request: { query: PrivacyQuery }, result: { data: privacyData([given]) } },
      ],
    });
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Organisation' }),
      'Home-Start Northside',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /What would you like support/ }),
      `  ${purpose} `,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Give permission' }));

    expect(
      await screen.findByText(
        '\u2068Home-Start Northside\u2069 can now see your details to support you.',
      ),
    ).toBeTruthy();
    expect(
      (screen.getByRole('textbox', { name: /What would you like support/ }) as HTMLTextAreaElement)
        .value,
    ).toBe('');
  });
});
