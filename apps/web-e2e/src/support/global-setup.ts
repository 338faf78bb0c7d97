import { startVillage } from './village-server';

/** One API for all journeys; its address reaches the test workers through the environment. */
export default async function globalSetup(): Promise<void> {
  const village = await startVillage();
  process.env['VILLAGE_E2E_URL'] = village.url;
  (globalThis as { village?: typeof village }).village = village;
}
