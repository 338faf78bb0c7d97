import { MigrationInterface, QueryRunner } from 'typeorm';

export class RealtimeEventLog1795339675534 implements MigrationInterface {
  name = 'RealtimeEventLog1795339675534';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "realtime_event" ("seq" BIGSERIAL NOT NULL, "topic" text NOT NULL, "subject_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_78ea06e55311dfe671ac5e56365" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7ab0d611b8c8f53c2baf74a9ad" ON "realtime_event"  ("created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_realtime_event_topic_seq" ON "realtime_event"  ("topic", "seq") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_realtime_event_topic_seq"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7ab0d611b8c8f53c2baf74a9ad"`);
    await queryRunner.query(`DROP TABLE "realtime_event"`);
  }
}
