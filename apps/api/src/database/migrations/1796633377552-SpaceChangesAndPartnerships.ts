import { MigrationInterface, QueryRunner } from 'typeorm';

export class SpaceChangesAndPartnerships1796633377552 implements MigrationInterface {
  name = 'SpaceChangesAndPartnerships1796633377552';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."space_change_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "space_change_proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "space_id" uuid NOT NULL, "proposer_person_id" uuid NOT NULL, "changes" jsonb NOT NULL, "base" jsonb NOT NULL, "note" text NOT NULL DEFAULT '', "status" "public"."space_change_status" NOT NULL DEFAULT 'PENDING', "decided_by_person_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_note" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1d335918632ac336e4a65afabfd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_819a26e75232c81c7efada7eb5" ON "space_change_proposal"  ("proposer_person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_space_change_proposal_space" ON "space_change_proposal"  ("space_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."partnership_status" AS ENUM('PENDING', 'ACTIVE', 'DECLINED', 'WITHDRAWN', 'ENDED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "group_partnership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "from_group_id" uuid NOT NULL, "to_group_id" uuid NOT NULL, "status" "public"."partnership_status" NOT NULL DEFAULT 'PENDING', "note" text NOT NULL DEFAULT '', "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "responded_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "ended_by_group_id" uuid, CONSTRAINT "CHK_group_partnership_two_groups" CHECK (from_group_id <> to_group_id), CONSTRAINT "PK_6a57a3ec1f6f635322b4125306d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7cf5dd9c674a2fc8f9e8553eb7" ON "group_partnership"  ("from_group_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_486eb35e995eb99036505ce2d4" ON "group_partnership"  ("to_group_id") `,
    );
    // Two groups have at most one pending or active partnership, whichever group proposed it: the
    // unordered pair is unique while open (TypeORM cannot describe this index; the entity declares it).
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_group_partnership_open_pair" ON "group_partnership" (LEAST("from_group_id", "to_group_id"), GREATEST("from_group_id", "to_group_id")) WHERE "status" IN ('PENDING', 'ACTIVE')`,
    );
    await queryRunner.query(`ALTER TABLE "tie" ADD "partnership_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "IDX_a7ed41ce8b680a23c6a469b5aa" ON "tie"  ("partnership_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "tie" ADD CONSTRAINT "FK_a7ed41ce8b680a23c6a469b5aa8" FOREIGN KEY ("partnership_id") REFERENCES "group_partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "space_change_proposal" ADD CONSTRAINT "FK_28b26c0bfbd6253cd18d7f6176a" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "space_change_proposal" ADD CONSTRAINT "FK_819a26e75232c81c7efada7eb55" FOREIGN KEY ("proposer_person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "space_change_proposal" ADD CONSTRAINT "FK_5f28d08f9777c3956c323ad240e" FOREIGN KEY ("decided_by_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_partnership" ADD CONSTRAINT "FK_7cf5dd9c674a2fc8f9e8553eb76" FOREIGN KEY ("from_group_id") REFERENCES "village_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_partnership" ADD CONSTRAINT "FK_486eb35e995eb99036505ce2d49" FOREIGN KEY ("to_group_id") REFERENCES "village_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_partnership" ADD CONSTRAINT "FK_2c1664bb7af1beb31f1ebffd0f7" FOREIGN KEY ("ended_by_group_id") REFERENCES "village_group"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "group_partnership" DROP CONSTRAINT "FK_2c1664bb7af1beb31f1ebffd0f7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_partnership" DROP CONSTRAINT "FK_486eb35e995eb99036505ce2d49"`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_partnership" DROP CONSTRAINT "FK_7cf5dd9c674a2fc8f9e8553eb76"`,
    );
    await queryRunner.query(
      `ALTER TABLE "space_change_proposal" DROP CONSTRAINT "FK_5f28d08f9777c3956c323ad240e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "space_change_proposal" DROP CONSTRAINT "FK_819a26e75232c81c7efada7eb55"`,
    );
    await queryRunner.query(
      `ALTER TABLE "space_change_proposal" DROP CONSTRAINT "FK_28b26c0bfbd6253cd18d7f6176a"`,
    );
    await queryRunner.query(`ALTER TABLE "tie" DROP CONSTRAINT "FK_a7ed41ce8b680a23c6a469b5aa8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a7ed41ce8b680a23c6a469b5aa"`);
    await queryRunner.query(`ALTER TABLE "tie" DROP COLUMN "partnership_id"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_group_partnership_open_pair"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_486eb35e995eb99036505ce2d4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7cf5dd9c674a2fc8f9e8553eb7"`);
    await queryRunner.query(`DROP TABLE "group_partnership"`);
    await queryRunner.query(`DROP TYPE "public"."partnership_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_space_change_proposal_space"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_819a26e75232c81c7efada7eb5"`);
    await queryRunner.query(`DROP TABLE "space_change_proposal"`);
    await queryRunner.query(`DROP TYPE "public"."space_change_status"`);
  }
}
