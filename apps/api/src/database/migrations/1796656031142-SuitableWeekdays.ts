import { MigrationInterface, QueryRunner } from 'typeorm';

export class SuitableWeekdays1796656031142 implements MigrationInterface {
  name = 'SuitableWeekdays1796656031142';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "person" ADD "suitable_weekdays" smallint array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "CHK_person_suitable_weekdays" CHECK (suitable_weekdays <@ '{1,2,3,4,5,6,7}'::smallint[])`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "CHK_person_suitable_weekdays"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "suitable_weekdays"`);
  }
}
