import { MigrationInterface, QueryRunner } from 'typeorm';

export class ConnectionsSeeWhereIGo1796644749948 implements MigrationInterface {
  name = 'ConnectionsSeeWhereIGo1796644749948';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_afcf7d93539e12a5137fe4f6d0"`);
    await queryRunner.query(
      `ALTER TYPE "public"."consent_kind" ADD VALUE 'GOING_VISIBLE_TO_CONNECTIONS'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_afcf7d93539e12a5137fe4f6d0" ON "consent"  ("person_id", "kind") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_afcf7d93539e12a5137fe4f6d0"`);
    await queryRunner.query(
      `CREATE TYPE "public"."consent_kind_old" AS ENUM('FINDABLE_BY_NEARBY_PARENTS', 'VISIBLE_TO_GROUP_ORGANISERS', 'SUPPORTED_BY_ORGANISATION')`,
    );
    await queryRunner.query(
      `ALTER TABLE "consent" ALTER COLUMN "kind" TYPE "public"."consent_kind_old" USING "kind"::"text"::"public"."consent_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."consent_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."consent_kind_old" RENAME TO "consent_kind"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_afcf7d93539e12a5137fe4f6d0" ON "consent" ("person_id", "kind") `,
    );
  }
}
