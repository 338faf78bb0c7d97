import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * IDX_space_earth cannot be restored from a pg_dump on PostgreSQL 15–17: pg_restore builds it with
 * an empty search_path, and earthdistance 1.1's ll_to_earth names the "earth" type unqualified.
 * Nothing uses it: every radius and nearest search goes through IDX_space_position on the town
 * plane (ADR 4; EXPLAIN of discovery's queries shows that index and never this one).
 */
export class DropSpaceEarthIndex1796623389181 implements MigrationInterface {
  name = 'DropSpaceEarthIndex1796623389181';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_space_earth"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_space_earth" ON "space" USING gist (ll_to_earth("latitude", "longitude"))`,
    );
  }
}
