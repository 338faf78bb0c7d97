import { startVillage } from './village-server';

/** One API for all journeys; its address and mailbox reach the test workers through the environment. */
export default async function globalSetup(): Promise<void> {
  const village = await startVillage();
  process.env['VILLAGE_E2E_URL'] = village.url;
  process.env['VILLAGE_E2E_MAILBOX'] = village.mailbox;
  (globalThis as { village?: typeof village }).village = village;
}
