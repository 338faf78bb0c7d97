import { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedSearches1795333348059 implements MigrationInterface {
  name = 'SavedSearches1795333348059';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "saved_search" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "name" text NOT NULL, "criteria" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_563b338d8b4878fa46697c8f3f2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_726e20bf88d848855e83ea80cd" ON "saved_search"  ("person_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_search" ADD CONSTRAINT "FK_726e20bf88d848855e83ea80cd3" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "saved_search" DROP CONSTRAINT "FK_726e20bf88d848855e83ea80cd3"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_726e20bf88d848855e83ea80cd"`);
    await queryRunner.query(`DROP TABLE "saved_search"`);
  }
}
