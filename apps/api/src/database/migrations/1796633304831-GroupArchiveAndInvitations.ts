import { MigrationInterface, QueryRunner } from 'typeorm';

export class GroupArchiveAndInvitations1796633304831 implements MigrationInterface {
  name = 'GroupArchiveAndInvitations1796633304831';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "co_organiser_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_043e33b4e92c67d0aa18ef2f87a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d54f9e02600f3575e289f4a741" ON "co_organiser_invitation"  ("group_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_67e2a1364486ab294c774747d0" ON "co_organiser_invitation"  ("token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "village_group" ADD "archived_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "co_organiser_invitation" ADD CONSTRAINT "FK_d54f9e02600f3575e289f4a741e" FOREIGN KEY ("group_id") REFERENCES "village_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "co_organiser_invitation" DROP CONSTRAINT "FK_d54f9e02600f3575e289f4a741e"`,
    );
    await queryRunner.query(`ALTER TABLE "village_group" DROP COLUMN "archived_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_67e2a1364486ab294c774747d0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d54f9e02600f3575e289f4a741"`);
    await queryRunner.query(`DROP TABLE "co_organiser_invitation"`);
  }
}
