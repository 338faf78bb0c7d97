import { MigrationInterface, QueryRunner } from 'typeorm';

export class MutualAid1795337374313 implements MigrationInterface {
  name = 'MutualAid1795337374313';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."exchange_status" AS ENUM('OPEN', 'AGREED', 'FULFILLED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "exchange" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "help_post_id" uuid NOT NULL, "responder_person_id" uuid NOT NULL, "status" "public"."exchange_status" NOT NULL DEFAULT 'OPEN', "post_side_agreed_at" TIMESTAMP WITH TIME ZONE, "responder_agreed_at" TIMESTAMP WITH TIME ZONE, "fulfilled_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cbd4568fcb476b57cebd8239895" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_926cc9ba0a0ceaf85e10b5ae56" ON "exchange"  ("help_post_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b16f7eee2f2858a57007e3cc0c" ON "exchange"  ("responder_person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "exchange_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "exchange_id" uuid NOT NULL, "from_post_side" boolean NOT NULL, "felt_welcome" boolean NOT NULL, "felt_listened_to" boolean NOT NULL, "would_meet_again" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_exchange_feedback_side" UNIQUE ("exchange_id", "from_post_side"), CONSTRAINT "PK_d30638c04afdbde4a1a54b6f225" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "exchange_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "exchange_id" uuid NOT NULL, "author_person_id" uuid NOT NULL, "from_post_side" boolean NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ebccb5615373a2396bb4f27764b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f9c1b84480d6a24e13ba86d671" ON "exchange_message"  ("author_person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_exchange_message_conversation" ON "exchange_message"  ("exchange_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "exchange_thanks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "exchange_id" uuid NOT NULL, "author_person_id" uuid NOT NULL, "from_post_side" boolean NOT NULL, "message" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_exchange_thanks_side" UNIQUE ("exchange_id", "from_post_side"), CONSTRAINT "PK_170f3b01a5e01a9741b94c2cb77" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "village_group" ADD "help_given" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "village_group" ADD "help_received" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(`ALTER TABLE "person" ADD "help_given" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "person" ADD "help_received" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "help_post" ADD "availability_slots" smallint array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "help_post" ADD "languages" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "tie" ADD "exchange_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "IDX_help_post_expiry" ON "help_post"  ("status", "expires_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fd3a9fd37cffa469f3f7cfde31" ON "tie"  ("exchange_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "exchange" ADD CONSTRAINT "FK_926cc9ba0a0ceaf85e10b5ae56e" FOREIGN KEY ("help_post_id") REFERENCES "help_post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "exchange" ADD CONSTRAINT "FK_b16f7eee2f2858a57007e3cc0c4" FOREIGN KEY ("responder_person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie" ADD CONSTRAINT "FK_fd3a9fd37cffa469f3f7cfde315" FOREIGN KEY ("exchange_id") REFERENCES "exchange"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "exchange_feedback" ADD CONSTRAINT "FK_bbc267b0c672f67eb7d5dbeadbb" FOREIGN KEY ("exchange_id") REFERENCES "exchange"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "exchange_message" ADD CONSTRAINT "FK_1e1bb136bf1c3f30d5f367fb7c0" FOREIGN KEY ("exchange_id") REFERENCES "exchange"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "exchange_message" ADD CONSTRAINT "FK_f9c1b84480d6a24e13ba86d6719" FOREIGN KEY ("author_person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "exchange_thanks" ADD CONSTRAINT "FK_e52ac6fa2ba65d0e06a85ebabf6" FOREIGN KEY ("exchange_id") REFERENCES "exchange"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "exchange_thanks" ADD CONSTRAINT "FK_2aa2e3f20f9c1b54b5982a01be8" FOREIGN KEY ("author_person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "exchange_thanks" DROP CONSTRAINT "FK_2aa2e3f20f9c1b54b5982a01be8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "exchange_thanks" DROP CONSTRAINT "FK_e52ac6fa2ba65d0e06a85ebabf6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "exchange_message" DROP CONSTRAINT "FK_f9c1b84480d6a24e13ba86d6719"`,
    );
    await queryRunner.query(
      `ALTER TABLE "exchange_message" DROP CONSTRAINT "FK_1e1bb136bf1c3f30d5f367fb7c0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "exchange_feedback" DROP CONSTRAINT "FK_bbc267b0c672f67eb7d5dbeadbb"`,
    );
    await queryRunner.query(`ALTER TABLE "tie" DROP CONSTRAINT "FK_fd3a9fd37cffa469f3f7cfde315"`);
    await queryRunner.query(
      `ALTER TABLE "exchange" DROP CONSTRAINT "FK_b16f7eee2f2858a57007e3cc0c4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "exchange" DROP CONSTRAINT "FK_926cc9ba0a0ceaf85e10b5ae56e"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_fd3a9fd37cffa469f3f7cfde31"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_help_post_expiry"`);
    await queryRunner.query(`ALTER TABLE "tie" DROP COLUMN "exchange_id"`);
    await queryRunner.query(`ALTER TABLE "help_post" DROP COLUMN "languages"`);
    await queryRunner.query(`ALTER TABLE "help_post" DROP COLUMN "availability_slots"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "help_received"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "help_given"`);
    await queryRunner.query(`ALTER TABLE "village_group" DROP COLUMN "help_received"`);
    await queryRunner.query(`ALTER TABLE "village_group" DROP COLUMN "help_given"`);
    await queryRunner.query(`DROP TABLE "exchange_thanks"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_exchange_message_conversation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f9c1b84480d6a24e13ba86d671"`);
    await queryRunner.query(`DROP TABLE "exchange_message"`);
    await queryRunner.query(`DROP TABLE "exchange_feedback"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b16f7eee2f2858a57007e3cc0c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_926cc9ba0a0ceaf85e10b5ae56"`);
    await queryRunner.query(`DROP TABLE "exchange"`);
    await queryRunner.query(`DROP TYPE "public"."exchange_status"`);
  }
}
