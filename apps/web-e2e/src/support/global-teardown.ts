import type { VillageServer } from './village-server';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { village?: VillageServer }).village?.stop();
}
