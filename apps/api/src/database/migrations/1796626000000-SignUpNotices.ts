import { MigrationInterface, QueryRunner } from 'typeorm';

/** When an account's owner was last told that someone tried to sign up with its address. */
export class SignUpNotices1796626000000 implements MigrationInterface {
  name = 'SignUpNotices1796626000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "account" ADD "sign_up_notice_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "sign_up_notice_at"`);
  }
}
