import { AccountRole, ConsentKind, GroupKind, MembershipRole, VettingCheck } from '@village/shared';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { hashPassword } from './passwords';

/** The shared password of the demo accounts (development only; never seeded in production). */
export const DEMO_PASSWORD = 'village-demo-2026';

/**
 * Sign-ins for trying the demo town as each kind of user. They belong to people already in the town,
 * so each has real ties, memberships and a life stage. Run once, right after the town is seeded.
 */
export async function seedDemoAccounts(dataSource: DataSource, logger: Logger): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    const one = async (sql: string, params: unknown[] = []) =>
      ((await manager.query(sql, params)) as { id: string }[])[0]?.id;
    const parent = await one(
      `SELECT p.id FROM person p JOIN household h ON h.id = p.household_id
        WHERE cardinality(h.child_birth_months) > 0 AND p.area_cell IS NOT NULL
        ORDER BY p.display_name LIMIT 1`,
    );
    const organiser = await one(
      `SELECT person_id AS id FROM membership WHERE role = $1 ORDER BY joined_at, person_id LIMIT 1`,
      [MembershipRole.ORGANISER],
    );
    const organisation = await one(
      `SELECT id FROM village_group WHERE kind = $1 ORDER BY name LIMIT 1`,
      [GroupKind.SERVICE],
    );
    const others = (await manager.query(
      `SELECT id FROM person WHERE id <> ALL($1::uuid[]) ORDER BY display_name LIMIT 3`,
      [[parent, organiser]],
    )) as { id: string }[];
    const [worker, lead, admin] = others.map((row) => row.id);
    if (!parent || !organiser || !organisation || !worker || !lead || !admin) return;
    const accounts: [string, string, AccountRole[]][] = [
      ['parent@village.test', parent, []],
      ['organiser@village.test', organiser, []],
      ['worker@village.test', worker, []],
      ['lead@village.test', lead, [AccountRole.SAFEGUARDING_LEAD]],
      ['admin@village.test', admin, [AccountRole.ADMIN]],
    ];
    for (const [email, personId, roles] of accounts)
      await manager.query(
        `INSERT INTO account (email, person_id, password_hash, roles) VALUES ($1, $2, $3, $4::account_role[])`,
        [email, personId, passwordHash, roles],
      );
    // The parent asked the organisation for support, so the worker has a caseload of one.
    await manager.query(
      `INSERT INTO consent (person_id, kind, organisation_id, purpose) VALUES ($1, $2, $3, $4)`,
      [parent, ConsentKind.SUPPORTED_BY_ORGANISATION, organisation, 'Settling in with a new baby'],
    );
    await manager.query(
      `INSERT INTO worker_vetting (person_id, organisation_id, check_type, issued_on, expires_on, verified_by_person_id)
       VALUES ($1, $2, $3, current_date - 30, current_date + 1065, $4)`,
      [worker, organisation, VettingCheck.ENHANCED_DBS_WITH_BARRED_LISTS, lead],
    );
  });
  logger.info(
    {
      accounts: ['parent', 'organiser', 'worker', 'lead', 'admin'].map((a) => `${a}@village.test`),
    },
    `demo accounts ready (password: ${DEMO_PASSWORD})`,
  );
}
