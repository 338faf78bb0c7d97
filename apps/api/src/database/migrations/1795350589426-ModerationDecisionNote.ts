import { MigrationInterface, QueryRunner } from 'typeorm';

export class ModerationDecisionNote1795350589426 implements MigrationInterface {
  name = 'ModerationDecisionNote1795350589426';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_item" ADD "decision_note" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_item" DROP COLUMN "decision_note"`);
  }
}
