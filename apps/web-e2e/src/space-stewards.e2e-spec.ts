import type { Browser, Page } from 'playwright-core';
import { createAccount, mustQuery, openAsMember, type Account } from './support/accounts';
import { expectAccessible, launchChromium, screenshots, villageUrl } from './support/browser';
import { JOURNEY_DOCUMENTS } from './support/journey-documents';

const tag = Date.now().toString(36);

async function organise(account: Account, name: string): Promise<void> {
  await mustQuery(account.session, JOURNEY_DOCUMENTS.createGroup, {
    input: { name, kind: 'CIVIC', description: 'A journey group.' },
  });
}

describe('a space looked after by its stewards', () => {
  let browser: Browser;
  let steward: Page;
  let organiser: Page;
  const spaceName = `Mill Lane Hall ${tag}`;
  let spaceId: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const [s, o] = await Promise.all([
      createAccount('steward', 'Saira S.'),
      createAccount('suggester', 'Oskar O.'),
    ]);
    await Promise.all([organise(s, `Hall Group ${tag}`), organise(o, `Toddler Group ${tag}`)]);
    [steward, organiser] = await Promise.all([openAsMember(browser, s), openAsMember(browser, o)]);
  });
  afterAll(() => browser?.close());

  it('an organiser publishes a new space and becomes its steward', async () => {
    await steward.goto(villageUrl('/spaces/new'));
    await steward.getByRole('heading', { level: 1, name: 'New place' }).waitFor();
    await steward.getByRole('textbox', { name: 'Name' }).fill(spaceName);
    await steward.getByRole('combobox', { name: 'Type of place' }).selectOption('COMMUNITY_CENTRE');
    await steward.getByRole('textbox', { name: 'Address' }).fill('4 Mill Lane');
    await steward.getByRole('textbox', { name: 'Postcode' }).fill('BD1 5AA');
    await steward.getByRole('textbox', { name: /Latitude/ }).fill('53.7946');
    await steward.getByRole('textbox', { name: /Longitude/ }).fill('-1.7564');
    await steward.getByRole('checkbox', { name: 'Step-free access' }).check();
    await expectAccessible(steward, 'the new place page');
    await steward.getByRole('button', { name: 'Publish place' }).click();

    await steward.getByRole('heading', { level: 1, name: spaceName }).waitFor();
    spaceId = new URL(steward.url()).pathname.split('/').at(-1)!;
    const tools = steward.getByRole('region', { name: 'Looking after this place' });
    await tools.getByRole('link', { name: 'Edit space' }).waitFor();
    await tools.getByRole('list', { name: 'Stewards' }).getByText('Saira S.').waitFor();
  });

  it('another organiser suggests a change, and the steward accepts it', async () => {
    await organiser.goto(villageUrl(`/spaces/${spaceId}`));
    const tools = organiser.getByRole('region', { name: 'Looking after this place' });
    await tools.getByText('You have not suggested any changes to this place.').waitFor();
    await tools.getByRole('link', { name: 'Suggest a change' }).click();

    await organiser
      .getByRole('heading', { level: 1, name: `Suggest a change to ${spaceName}` })
      .waitFor();
    await organiser.getByRole('textbox', { name: 'Postcode' }).fill('BD1 5AB');
    await organiser.getByRole('checkbox', { name: 'Baby changing' }).check();
    await organiser
      .getByRole('textbox', { name: /Why this change/ })
      .fill('The hall added a changing table and the post goes to the side door.');
    await expectAccessible(organiser, 'the suggest-a-change page');
    await screenshots(organiser, 'space-suggest-en');
    await organiser.getByRole('button', { name: 'Send suggestion' }).click();
    await organiser
      .getByText('Thank you. The stewards will look at your suggestion', { exact: false })
      .waitFor();
    await organiser.getByRole('link', { name: `Back to ${spaceName}` }).click();
    await organiser
      .getByRole('list', { name: 'Your suggestions' })
      .getByText('Waiting for a steward')
      .waitFor();

    await steward.goto(villageUrl(`/spaces/${spaceId}`));
    const waiting = steward.getByRole('list', { name: 'Suggested changes waiting' });
    await waiting.getByText('Suggested by Oskar O.').waitFor();
    await waiting.getByText('BD1 5AB').waitFor();
    await expectAccessible(steward, 'a place page with a suggestion waiting');
    await screenshots(steward, 'space-stewards-en');
    await waiting.getByRole('button', { name: 'Accept the change suggested by Oskar O.' }).click();
    await steward.getByText('No suggestions are waiting.').waitFor();
    await steward.getByText('4 Mill Lane, BD1 5AB').waitFor();
    await steward.getByRole('list', { name: 'Accessibility' }).getByText('Baby changing').waitFor();

    // The organiser who suggested it can now offer to help look after the place.
    await steward.getByRole('combobox', { name: /Organiser/ }).selectOption({ label: 'Oskar O.' });
    await steward.getByRole('button', { name: 'Add as steward' }).click();
    await steward.getByRole('button', { name: 'Remove Oskar O. as a steward' }).waitFor();

    await organiser.reload();
    await organiser.getByRole('link', { name: 'Edit space' }).waitFor();
  });
});
