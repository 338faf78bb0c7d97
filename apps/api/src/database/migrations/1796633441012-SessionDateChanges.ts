import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionDateChanges1796633441012 implements MigrationInterface {
  name = 'SessionDateChanges1796633441012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "session" ADD "cancellation_reasons" jsonb NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "session" ADD "moved_dates" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "session" ADD "time_changes" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "time_changes"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "moved_dates"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "cancellation_reasons"`);
  }
}
