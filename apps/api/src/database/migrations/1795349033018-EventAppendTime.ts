import { MigrationInterface, QueryRunner } from 'typeorm';

// The append time grows with seq (clock_timestamp under the append lock), unlike now().

export class EventAppendTime1795349033018 implements MigrationInterface {
  name = 'EventAppendTime1795349033018';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "realtime_event" ALTER COLUMN "created_at" SET DEFAULT clock_timestamp()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "realtime_event" ALTER COLUMN "created_at" SET DEFAULT now()`,
    );
  }
}
