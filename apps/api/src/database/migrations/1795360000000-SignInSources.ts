import { MigrationInterface, QueryRunner } from 'typeorm';

export class SignInSources1795360000000 implements MigrationInterface {
  name = 'SignInSources1795360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_session" ADD "source_hash" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_session" DROP COLUMN "source_hash"`);
  }
}
