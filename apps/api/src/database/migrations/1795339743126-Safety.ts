import { MigrationInterface, QueryRunner } from 'typeorm';

// content_moderation is shared by help_post and exchange_message: created once, dropped once.
export class Safety1795339743126 implements MigrationInterface {
  name = 'Safety1795339743126';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "person_block" ("blocker_person_id" uuid NOT NULL, "blocked_person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_44426393a10eda070189ae89dcd" PRIMARY KEY ("blocker_person_id", "blocked_person_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_person_block_blocked" ON "person_block"  ("blocked_person_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."moderation_subject_kind" AS ENUM('HELP_POST', 'EXCHANGE_MESSAGE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."moderation_state" AS ENUM('PENDING', 'RELEASED', 'REMOVED', 'DISMISSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "moderation_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_kind" "public"."moderation_subject_kind" NOT NULL, "help_post_id" uuid, "exchange_message_id" uuid, "group_id" uuid, "author_person_id" uuid, "state" "public"."moderation_state" NOT NULL DEFAULT 'PENDING', "screening" jsonb NOT NULL DEFAULT '[]', "decided_by_person_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_moderation_item_one_subject" CHECK ((help_post_id IS NULL) <> (exchange_message_id IS NULL)), CONSTRAINT "PK_52b9a16354505a245095e670b87" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_moderation_item_help_post" ON "moderation_item"  ("help_post_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_moderation_item_message" ON "moderation_item"  ("exchange_message_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_74735e99cabec8b8a8cfa8abb1" ON "moderation_item"  ("group_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_moderation_item_queue" ON "moderation_item"  ("state", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."report_reason" AS ENUM('SPAM_OR_SCAM', 'ABUSIVE', 'INAPPROPRIATE', 'UNSAFE', 'NOT_GENUINE', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."report_status" AS ENUM('OPEN', 'DISMISSED', 'UPHELD')`,
    );
    await queryRunner.query(
      `CREATE TABLE "content_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "moderation_item_id" uuid NOT NULL, "reporter_person_id" uuid NOT NULL, "reason" "public"."report_reason" NOT NULL, "details" text NOT NULL DEFAULT '', "status" "public"."report_status" NOT NULL DEFAULT 'OPEN', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1effd709157e94e02959826f51e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b17d6772c38cc8f2946bb6aed8" ON "content_report"  ("reporter_person_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_content_report_once" ON "content_report"  ("moderation_item_id", "reporter_person_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."safeguarding_concern_status" AS ENUM('RAISED', 'IN_PROGRESS', 'CLOSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "safeguarding_concern" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "raised_by_person_id" uuid NOT NULL, "about_person_id" uuid, "help_post_id" uuid, "exchange_message_id" uuid, "concern" text NOT NULL, "status" "public"."safeguarding_concern_status" NOT NULL DEFAULT 'RAISED', "lead_notes" text NOT NULL DEFAULT '', "handled_by_person_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6bd427518afa08ebaa8d0a3d507" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_36090be5a4f0f3969e39563b5c" ON "safeguarding_concern"  ("raised_by_person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_safeguarding_concern_queue" ON "safeguarding_concern"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."content_moderation" AS ENUM('VISIBLE', 'HELD', 'REMOVED')`,
    );
    await queryRunner.query(
      `ALTER TABLE "help_post" ADD "moderation" "public"."content_moderation" NOT NULL DEFAULT 'VISIBLE'`,
    );
    await queryRunner.query(
      `ALTER TABLE "exchange_message" ADD "moderation" "public"."content_moderation" NOT NULL DEFAULT 'VISIBLE'`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_block" ADD CONSTRAINT "FK_08d5de33c9788877a2fe910a3c0" FOREIGN KEY ("blocker_person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_block" ADD CONSTRAINT "FK_ff41f471698ebd615e6486503b7" FOREIGN KEY ("blocked_person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_item" ADD CONSTRAINT "FK_7308347cf2915c5d59d64126071" FOREIGN KEY ("help_post_id") REFERENCES "help_post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_item" ADD CONSTRAINT "FK_7934d3eb0efc52ebec7c61eacfa" FOREIGN KEY ("exchange_message_id") REFERENCES "exchange_message"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_item" ADD CONSTRAINT "FK_74735e99cabec8b8a8cfa8abb12" FOREIGN KEY ("group_id") REFERENCES "village_group"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_report" ADD CONSTRAINT "FK_4cd5d1bc6f9ca6ef03c39bfbeed" FOREIGN KEY ("moderation_item_id") REFERENCES "moderation_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_report" ADD CONSTRAINT "FK_b17d6772c38cc8f2946bb6aed81" FOREIGN KEY ("reporter_person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "safeguarding_concern" ADD CONSTRAINT "FK_36090be5a4f0f3969e39563b5cb" FOREIGN KEY ("raised_by_person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "safeguarding_concern" ADD CONSTRAINT "FK_f98320d97a7f8a03fb21b096ef0" FOREIGN KEY ("about_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "safeguarding_concern" ADD CONSTRAINT "FK_d983f5637138466033b269a8521" FOREIGN KEY ("help_post_id") REFERENCES "help_post"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "safeguarding_concern" ADD CONSTRAINT "FK_6253416dc90d143f6f43cd29210" FOREIGN KEY ("exchange_message_id") REFERENCES "exchange_message"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "safeguarding_concern" DROP CONSTRAINT "FK_6253416dc90d143f6f43cd29210"`,
    );
    await queryRunner.query(
      `ALTER TABLE "safeguarding_concern" DROP CONSTRAINT "FK_d983f5637138466033b269a8521"`,
    );
    await queryRunner.query(
      `ALTER TABLE "safeguarding_concern" DROP CONSTRAINT "FK_f98320d97a7f8a03fb21b096ef0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "safeguarding_concern" DROP CONSTRAINT "FK_36090be5a4f0f3969e39563b5cb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_report" DROP CONSTRAINT "FK_b17d6772c38cc8f2946bb6aed81"`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_report" DROP CONSTRAINT "FK_4cd5d1bc6f9ca6ef03c39bfbeed"`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_item" DROP CONSTRAINT "FK_74735e99cabec8b8a8cfa8abb12"`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_item" DROP CONSTRAINT "FK_7934d3eb0efc52ebec7c61eacfa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_item" DROP CONSTRAINT "FK_7308347cf2915c5d59d64126071"`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_block" DROP CONSTRAINT "FK_ff41f471698ebd615e6486503b7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_block" DROP CONSTRAINT "FK_08d5de33c9788877a2fe910a3c0"`,
    );
    await queryRunner.query(`ALTER TABLE "exchange_message" DROP COLUMN "moderation"`);
    await queryRunner.query(`ALTER TABLE "help_post" DROP COLUMN "moderation"`);
    await queryRunner.query(`DROP TYPE "public"."content_moderation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_safeguarding_concern_queue"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_36090be5a4f0f3969e39563b5c"`);
    await queryRunner.query(`DROP TABLE "safeguarding_concern"`);
    await queryRunner.query(`DROP TYPE "public"."safeguarding_concern_status"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_content_report_once"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b17d6772c38cc8f2946bb6aed8"`);
    await queryRunner.query(`DROP TABLE "content_report"`);
    await queryRunner.query(`DROP TYPE "public"."report_status"`);
    await queryRunner.query(`DROP TYPE "public"."report_reason"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_item_queue"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_74735e99cabec8b8a8cfa8abb1"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_moderation_item_message"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_moderation_item_help_post"`);
    await queryRunner.query(`DROP TABLE "moderation_item"`);
    await queryRunner.query(`DROP TYPE "public"."moderation_state"`);
    await queryRunner.query(`DROP TYPE "public"."moderation_subject_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_person_block_blocked"`);
    await queryRunner.query(`DROP TABLE "person_block"`);
  }
}
