import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Spaces as points in metres on the town's plane, for radius and nearest search (ADR 4). The
 * projection lives in one SQL function, used by the generated column and by every query.
 */
export class SpacePlane1795332647315 implements MigrationInterface {
  name = 'SpacePlane1795332647315';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Equirectangular about the town centre (53.79° N, 1.75° W): metres east, metres north.
    await queryRunner.query(`CREATE FUNCTION village_plane(latitude double precision, longitude double precision)
      RETURNS point LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT point((longitude + 1.75) * 111320 * cos(radians(53.79)), (latitude - 53.79) * 110574) $$`);
    await queryRunner.query(
      `ALTER TABLE "space" ADD "position" point GENERATED ALWAYS AS (village_plane("latitude", "longitude")) STORED NOT NULL`,
    );
    // TypeORM keeps generated columns' expressions here, so the migration check sees them.
    await queryRunner.query(`CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" varchar NOT NULL,
      "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text)`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata" ("database", "schema", "table", "type", "name", "value")
       VALUES (current_database(), 'public', 'space', 'GENERATED_COLUMN', 'position', 'village_plane("latitude", "longitude")')`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_space_position" ON "space" USING gist ("position")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_space_position"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'space' AND "name" = 'position'`,
    );
    await queryRunner.query(`ALTER TABLE "space" DROP COLUMN "position"`);
    await queryRunner.query(`DROP FUNCTION village_plane(double precision, double precision)`);
  }
}
