import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Space stewards. Nothing recorded who created the spaces that exist already (createSpace kept no
 * creator and wrote no audit event), so none is backfilled: those spaces start with no steward, only
 * admins may change them, and an admin grants stewardship to whoever looks after each one.
 */
export class SpaceStewards1796622974328 implements MigrationInterface {
  name = 'SpaceStewards1796622974328';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "space_steward" ("space_id" uuid NOT NULL, "person_id" uuid NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_69d3736a1469dfa828459174843" PRIMARY KEY ("space_id", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_space_steward_person" ON "space_steward"  ("person_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "space_steward" ADD CONSTRAINT "FK_20aa857cb403da6f5f78c4d3071" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "space_steward" ADD CONSTRAINT "FK_bac6586221fb54476fdc93cd281" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "space_steward" DROP CONSTRAINT "FK_bac6586221fb54476fdc93cd281"`,
    );
    await queryRunner.query(
      `ALTER TABLE "space_steward" DROP CONSTRAINT "FK_20aa857cb403da6f5f78c4d3071"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_space_steward_person"`);
    await queryRunner.query(`DROP TABLE "space_steward"`);
  }
}
