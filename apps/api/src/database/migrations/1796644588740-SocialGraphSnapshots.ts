import { MigrationInterface, QueryRunner } from 'typeorm';

export class SocialGraphSnapshots1796644588740 implements MigrationInterface {
  name = 'SocialGraphSnapshots1796644588740';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."graph_analysis_trigger" AS ENUM('MANUAL', 'SCHEDULE', 'COMMAND_LINE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."graph_snapshot_status" AS ENUM('QUEUED', 'RUNNING', 'COMPLETE', 'FAILED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."graph_analysis_phase" AS ENUM('QUEUED', 'READING_PEOPLE', 'READING_GROUPS', 'READING_TIES', 'COMPUTING', 'WRITING', 'DONE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "graph_snapshot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job_id" uuid NOT NULL, "trigger" "public"."graph_analysis_trigger" NOT NULL, "requested_by_person_id" uuid, "status" "public"."graph_snapshot_status" NOT NULL DEFAULT 'QUEUED', "phase" "public"."graph_analysis_phase" NOT NULL DEFAULT 'QUEUED', "phase_done" integer NOT NULL DEFAULT '0', "phase_total" integer NOT NULL DEFAULT '0', "percent" integer NOT NULL DEFAULT '0', "attempts" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "at" TIMESTAMP WITH TIME ZONE, "people_count" integer, "group_count" integer, "tie_count" integer, "communities" integer, "modularity" double precision, "share_without_active_tie" double precision, "median_active_ties" double precision, "share_with_bridging_tie" double precision, "share_with_linking_tie" double precision, "share_of_households_isolated" double precision, "error" text, CONSTRAINT "PK_7ee3a21ab600d0478eeafbc5f95" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ef6314e15e442843f569c705ff" ON "graph_snapshot"  ("job_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_graph_snapshot_complete" ON "graph_snapshot"  ("finished_at") WHERE status = 'COMPLETE'`,
    );
    await queryRunner.query(
      `CREATE TABLE "graph_person_measure" ("snapshot_id" uuid NOT NULL, "person_id" uuid NOT NULL, "active_ties" integer NOT NULL, "weighted_degree" double precision NOT NULL, "ego_one_hop" integer NOT NULL, "ego_two_hop" integer NOT NULL, "groups" integer NOT NULL, "help_given" integer NOT NULL, "help_received" integer NOT NULL, "community" integer NOT NULL, "bonding_ties" integer NOT NULL, "bridging_ties" integer NOT NULL, "linking_ties" integer NOT NULL, "betweenness" double precision NOT NULL, "effective_size" double precision NOT NULL, CONSTRAINT "PK_83d089b4babdcb6e43f568bd335" PRIMARY KEY ("snapshot_id", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_acb484fcb6739b3fa3da24369e" ON "graph_person_measure"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "graph_household_connectedness" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "snapshot_id" uuid NOT NULL, "household_id" uuid, "person_id" uuid, "factors" text array NOT NULL, CONSTRAINT "CHK_graph_household_connectedness_subject" CHECK ((household_id IS NOT NULL) <> (person_id IS NOT NULL)), CONSTRAINT "PK_9451d9e3096a7aeb32e6863a4a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_37166e77c634590239dd4b04a0" ON "graph_household_connectedness"  ("snapshot_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1af1917ab8ac88825a2ad7ada2" ON "graph_household_connectedness"  ("household_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ea34896fc654371024939b50eb" ON "graph_household_connectedness"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "graph_area_measure" ("people" integer NOT NULL, "share_without_active_tie" double precision NOT NULL, "median_active_ties" double precision NOT NULL, "share_with_bridging_tie" double precision NOT NULL, "share_with_linking_tie" double precision NOT NULL, "share_of_households_isolated" double precision NOT NULL, "snapshot_id" uuid NOT NULL, "area_cell" text NOT NULL, CONSTRAINT "PK_17109951851d1162a9dd8312132" PRIMARY KEY ("snapshot_id", "area_cell"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "graph_group_measure" ("people" integer NOT NULL, "share_without_active_tie" double precision NOT NULL, "median_active_ties" double precision NOT NULL, "share_with_bridging_tie" double precision NOT NULL, "share_with_linking_tie" double precision NOT NULL, "share_of_households_isolated" double precision NOT NULL, "snapshot_id" uuid NOT NULL, "group_id" uuid NOT NULL, CONSTRAINT "PK_7e3e481fd707643c391dc33a50f" PRIMARY KEY ("snapshot_id", "group_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a01ca3806837cf911c02328a43" ON "graph_group_measure"  ("group_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_snapshot" ADD CONSTRAINT "FK_4dce047206272d0e3c734a40220" FOREIGN KEY ("requested_by_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_person_measure" ADD CONSTRAINT "FK_09a4739daf9625aa4354bbe2eb9" FOREIGN KEY ("snapshot_id") REFERENCES "graph_snapshot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_person_measure" ADD CONSTRAINT "FK_acb484fcb6739b3fa3da24369e1" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_household_connectedness" ADD CONSTRAINT "FK_37166e77c634590239dd4b04a06" FOREIGN KEY ("snapshot_id") REFERENCES "graph_snapshot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_household_connectedness" ADD CONSTRAINT "FK_1af1917ab8ac88825a2ad7ada22" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_household_connectedness" ADD CONSTRAINT "FK_ea34896fc654371024939b50eb7" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_area_measure" ADD CONSTRAINT "FK_026baeab2c75115b4c36c368d90" FOREIGN KEY ("snapshot_id") REFERENCES "graph_snapshot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_group_measure" ADD CONSTRAINT "FK_b66ef581c07ee472bc9c4fce413" FOREIGN KEY ("snapshot_id") REFERENCES "graph_snapshot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_group_measure" ADD CONSTRAINT "FK_a01ca3806837cf911c02328a43f" FOREIGN KEY ("group_id") REFERENCES "village_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "graph_group_measure" DROP CONSTRAINT "FK_a01ca3806837cf911c02328a43f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_group_measure" DROP CONSTRAINT "FK_b66ef581c07ee472bc9c4fce413"`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_area_measure" DROP CONSTRAINT "FK_026baeab2c75115b4c36c368d90"`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_household_connectedness" DROP CONSTRAINT "FK_ea34896fc654371024939b50eb7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_household_connectedness" DROP CONSTRAINT "FK_1af1917ab8ac88825a2ad7ada22"`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_household_connectedness" DROP CONSTRAINT "FK_37166e77c634590239dd4b04a06"`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_person_measure" DROP CONSTRAINT "FK_acb484fcb6739b3fa3da24369e1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_person_measure" DROP CONSTRAINT "FK_09a4739daf9625aa4354bbe2eb9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "graph_snapshot" DROP CONSTRAINT "FK_4dce047206272d0e3c734a40220"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_a01ca3806837cf911c02328a43"`);
    await queryRunner.query(`DROP TABLE "graph_group_measure"`);
    await queryRunner.query(`DROP TABLE "graph_area_measure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ea34896fc654371024939b50eb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1af1917ab8ac88825a2ad7ada2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_37166e77c634590239dd4b04a0"`);
    await queryRunner.query(`DROP TABLE "graph_household_connectedness"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_acb484fcb6739b3fa3da24369e"`);
    await queryRunner.query(`DROP TABLE "graph_person_measure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_graph_snapshot_complete"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ef6314e15e442843f569c705ff"`);
    await queryRunner.query(`DROP TABLE "graph_snapshot"`);
    await queryRunner.query(`DROP TYPE "public"."graph_analysis_phase"`);
    await queryRunner.query(`DROP TYPE "public"."graph_snapshot_status"`);
    await queryRunner.query(`DROP TYPE "public"."graph_analysis_trigger"`);
  }
}
