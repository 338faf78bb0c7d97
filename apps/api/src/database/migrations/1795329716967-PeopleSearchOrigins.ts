import { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleSearchOrigins1795329716967 implements MigrationInterface {
  name = 'PeopleSearchOrigins1795329716967';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "people_search_origin" ("account_id" uuid NOT NULL, "origin_cell" text NOT NULL, "last_searched_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db90cdbcec2c16932bc0c5d9df1" PRIMARY KEY ("account_id", "origin_cell"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "people_search_origin" ADD CONSTRAINT "FK_18d2c451a8138ce91f28fe80204" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "people_search_origin" DROP CONSTRAINT "FK_18d2c451a8138ce91f28fe80204"`,
    );
    await queryRunner.query(`DROP TABLE "people_search_origin"`);
  }
}
