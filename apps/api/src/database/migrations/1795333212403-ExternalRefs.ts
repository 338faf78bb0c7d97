import { MigrationInterface, QueryRunner } from 'typeorm';

export class ExternalRefs1795333212403 implements MigrationInterface {
  name = 'ExternalRefs1795333212403';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "external_ref" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source" text NOT NULL, "external_id" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4cb3a3bb07d800fcf834ec834fc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_97bbbade3f46065893e9b09468" ON "external_ref"  ("source", "external_id", "entity_type") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_97bbbade3f46065893e9b09468"`);
    await queryRunner.query(`DROP TABLE "external_ref"`);
  }
}
