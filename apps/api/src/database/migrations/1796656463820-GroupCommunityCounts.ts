import { MigrationInterface, QueryRunner } from 'typeorm';

export class GroupCommunityCounts1796656463820 implements MigrationInterface {
  name = 'GroupCommunityCounts1796656463820';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "graph_group_community" ("snapshot_id" uuid NOT NULL, "group_id" uuid NOT NULL, "community" integer NOT NULL, "people" integer NOT NULL, CONSTRAINT "PK_4db3d0a89a1da042bd531dfb08e" PRIMARY KEY ("snapshot_id", "group_id", "community"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0136c10386fe4c5e1e800326ed" ON "graph_group_community"  ("group_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_group_community" ADD CONSTRAINT "FK_4d1a6ac3bdd5dfd9b4c4ece929f" FOREIGN KEY ("snapshot_id") REFERENCES "graph_snapshot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_group_community" ADD CONSTRAINT "FK_0136c10386fe4c5e1e800326edc" FOREIGN KEY ("group_id") REFERENCES "village_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "graph_group_community" DROP CONSTRAINT "FK_0136c10386fe4c5e1e800326edc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_group_community" DROP CONSTRAINT "FK_4d1a6ac3bdd5dfd9b4c4ece929f"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_0136c10386fe4c5e1e800326ed"`);
    await queryRunner.query(`DROP TABLE "graph_group_community"`);
  }
}
