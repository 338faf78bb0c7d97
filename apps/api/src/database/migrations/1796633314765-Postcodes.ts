import { MigrationInterface, QueryRunner } from 'typeorm';

export class Postcodes1796633314765 implements MigrationInterface {
  name = 'Postcodes1796633314765';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "postcode" ("postcode" text NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "area_cell" text NOT NULL, "ward_code" text, "lsoa_code" text, CONSTRAINT "PK_9cdb25c85a29e34abe49d76c66d" PRIMARY KEY ("postcode"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "postcode"`);
  }
}
