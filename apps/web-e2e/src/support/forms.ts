import type { Page } from 'playwright-core';
import { mustQuery } from './accounts';
import { JOURNEY_DOCUMENTS } from './journey-documents';

/** A point `metresNorth` of where the API places a postcode: somewhere nearest to it. */
export async function placeNear(
  postcode: string,
  metresNorth = 40,
): Promise<{ latitude: number; longitude: number }> {
  const { sessionSearch } = await mustQuery<{
    sessionSearch: { origin: { latitude: number; longitude: number } };
  }>(null, JOURNEY_DOCUMENTS.postcodeOrigin, { postcode });
  return {
    latitude: sessionSearch.origin.latitude + metresNorth / 111_200,
    longitude: sessionSearch.origin.longitude,
  };
}

/** Fills the new group form's kind, name and description (the page is on /groups/new). */
export async function fillNewGroup(page: Page, name: string, description: string): Promise<void> {
  await page
    .getByRole('combobox', { name: 'Kind of group' })
    .selectOption({ label: 'Parent and baby' });
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('textbox', { name: 'What the group does' }).fill(description);
}

/** Adds a new community centre from the session form's "Add a new space", and waits to see it chosen. */
export async function addNewSpace(
  page: Page,
  space: { name: string; address: string; postcode: string; latitude: number; longitude: number },
  options: { stepFree?: boolean } = {},
): Promise<void> {
  await page.getByRole('button', { name: 'Add a new space' }).click();
  const form = page.getByRole('group', { name: 'A new space' });
  await form.getByRole('textbox', { name: 'Name of the space' }).fill(space.name);
  await form
    .getByRole('combobox', { name: 'Kind of place' })
    .selectOption({ label: 'Community centre' });
  await form.getByRole('textbox', { name: 'Address' }).fill(space.address);
  await form.getByRole('textbox', { name: 'Postcode' }).fill(space.postcode);
  await form.getByRole('textbox', { name: 'Latitude' }).fill(space.latitude.toFixed(6));
  await form.getByRole('textbox', { name: 'Longitude' }).fill(space.longitude.toFixed(6));
  if (options.stepFree) await form.getByRole('checkbox', { name: 'Step-free access' }).check();
  await form.getByRole('button', { name: 'Add this space' }).click();
  await page.getByText(`Chosen: ${space.name}`).waitFor();
}
