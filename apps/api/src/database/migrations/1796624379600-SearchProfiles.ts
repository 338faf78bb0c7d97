import { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchProfiles1796624379600 implements MigrationInterface {
  name = 'SearchProfiles1796624379600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "people_search_profile" ("account_id" uuid NOT NULL, "languages" text array NOT NULL, "due_month" text, "child_birth_months" text array NOT NULL, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE array NOT NULL DEFAULT '{}', CONSTRAINT "PK_9148c70654292a55cc24b390052" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "people_search_profile" ADD CONSTRAINT "FK_9148c70654292a55cc24b390052" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "people_search_profile" DROP CONSTRAINT "FK_9148c70654292a55cc24b390052"`,
    );
    await queryRunner.query(`DROP TABLE "people_search_profile"`);
  }
}
