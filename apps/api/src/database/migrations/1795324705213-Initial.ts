import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795324705213 implements MigrationInterface {
  name = 'Initial1795324705213';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Geo search (cube + earthdistance) and fuzzy names (pg_trgm): contrib, present in every supported server.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS cube`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TYPE "public"."group_kind" AS ENUM('PARENT_AND_BABY', 'FAITH', 'CIVIC', 'MUTUAL_AID', 'VOLUNTEER_SCHEME', 'SERVICE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "village_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "kind" "public"."group_kind" NOT NULL, "description" text NOT NULL DEFAULT '', "languages" text array NOT NULL DEFAULT '{}', "website" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a657f9eb73994dd3e4256712d02" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_eb3fb91988d8f5b46039d94e96" ON "village_group"  ("slug") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_39244ff5706bbbb728f6806bb7" ON "village_group"  ("kind") `,
    );
    await queryRunner.query(
      `CREATE TABLE "household" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_cell" text NOT NULL, "child_birth_months" date array NOT NULL DEFAULT '{}', "due_month" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_26e9111eab2b8908fefe3c645f5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d5af555e1c54837966b8af2670" ON "household"  ("area_cell") `,
    );
    await queryRunner.query(
      `CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid, "display_name" text NOT NULL, "area_cell" text NOT NULL, "languages" text array NOT NULL DEFAULT '{}', "can_offer" text array NOT NULL DEFAULT '{}', "would_like" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_16dad48a2655f1b407d5f35a60" ON "person"  ("household_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_21104d072b20830bd51280de21" ON "person"  ("area_cell") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."space_kind" AS ENUM('CHILDRENS_CENTRE', 'LIBRARY', 'MOSQUE', 'CHURCH', 'GURDWARA', 'COMMUNITY_CENTRE', 'CAFE', 'PARK')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."accessibility_feature" AS ENUM('STEP_FREE', 'BABY_CHANGE', 'PRAM_SPACE', 'QUIET_SPACE', 'HEARING_LOOP', 'ACCESSIBLE_TOILET')`,
    );
    await queryRunner.query(
      `CREATE TABLE "space" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" "public"."space_kind" NOT NULL, "address" text NOT NULL DEFAULT '', "postcode" text NOT NULL DEFAULT '', "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "accessibility" "public"."accessibility_feature" array NOT NULL DEFAULT '{}', "opening_hours" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_094f5ec727fe052956a11623640" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1b0ce1c5e39efe5c0ed9e73d40" ON "space"  ("kind") `);
    await queryRunner.query(
      `CREATE TYPE "public"."tie_kind" AS ENUM('PERSON_PERSON', 'PERSON_GROUP', 'GROUP_GROUP', 'GROUP_SPACE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."tie_provenance" AS ENUM('HOUSEHOLD', 'NEIGHBOURS', 'SHARED_LANGUAGE', 'CO_ATTENDANCE', 'EXCHANGED_HELP', 'INTRODUCED', 'MEMBERSHIP', 'PARTNERSHIP', 'MEETS_AT')`,
    );
    await queryRunner.query(`CREATE TABLE "tie" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "kind" "public"."tie_kind" NOT NULL, "provenance" "public"."tie_provenance" NOT NULL, "strength" real NOT NULL DEFAULT '1', "from_person_id" uuid, "from_group_id" uuid, "to_person_id" uuid, "to_group_id" uuid, "to_space_id" uuid, "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_tie_endpoints" CHECK ((kind = 'PERSON_PERSON' AND from_person_id IS NOT NULL AND to_person_id IS NOT NULL AND from_group_id IS NULL AND to_group_id IS NULL AND to_space_id IS NULL)
  OR (kind = 'PERSON_GROUP' AND from_person_id IS NOT NULL AND to_group_id IS NOT NULL AND from_group_id IS NULL AND to_person_id IS NULL AND to_space_id IS NULL)
  OR (kind = 'GROUP_GROUP' AND from_group_id IS NOT NULL AND to_group_id IS NOT NULL AND from_person_id IS NULL AND to_person_id IS NULL AND to_space_id IS NULL)
  OR (kind = 'GROUP_SPACE' AND from_group_id IS NOT NULL AND to_space_id IS NOT NULL AND from_person_id IS NULL AND to_person_id IS NULL AND to_group_id IS NULL)), CONSTRAINT "PK_e780a994e86fbc728468acea212" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "IDX_3fd66472edca699a392a528d3b" ON "tie"  ("from_person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1f1fc29e68c1383a0eb3733fb4" ON "tie"  ("from_group_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_005648d22141626ce9f2fc8c50" ON "tie"  ("to_person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0e980f03ca0c0f45ed2f340152" ON "tie"  ("to_group_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_aeefa43ef055a6efc80f70d205" ON "tie"  ("to_space_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."membership_role" AS ENUM('MEMBER', 'ORGANISER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "group_id" uuid NOT NULL, "role" "public"."membership_role" NOT NULL DEFAULT 'MEMBER', "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_membership_person_group" UNIQUE ("person_id", "group_id"), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d7b446f7f7f75e661fce14a25f" ON "membership"  ("group_id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."help_post_kind" AS ENUM('OFFER', 'REQUEST')`);
    await queryRunner.query(
      `CREATE TYPE "public"."help_category" AS ENUM('FOOD', 'BABY_ITEMS', 'EQUIPMENT_LOAN', 'LIFTS', 'CHILDCARE_SWAP', 'COMPANY', 'LANGUAGE_HELP', 'FORMS_AND_ADVICE', 'COOKING', 'DIY', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."help_post_status" AS ENUM('OPEN', 'MATCHED', 'FULFILLED', 'WITHDRAWN', 'EXPIRED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "help_post" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."help_post_kind" NOT NULL, "category" "public"."help_category" NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "author_person_id" uuid, "author_group_id" uuid, "area_cell" text NOT NULL, "availability" text NOT NULL DEFAULT '', "quantity" integer, "status" "public"."help_post_status" NOT NULL DEFAULT 'OPEN', "expires_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_help_post_one_author" CHECK ((author_person_id IS NULL) <> (author_group_id IS NULL)), CONSTRAINT "PK_dcd7042209feeeb4f2acbb38b6f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bb2d6f910a3904f6726b670df6" ON "help_post"  ("category") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5bb40b4a40c7b3fabda9e18600" ON "help_post"  ("author_person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a2aa7693e4765ae03798d2b7ac" ON "help_post"  ("author_group_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b0f3040c8700a6c4614ab1fad8" ON "help_post"  ("area_cell") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_help_post_board" ON "help_post"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "space_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "recurrence" text NOT NULL, "start_date" date NOT NULL, "start_time" TIME NOT NULL, "duration_minutes" integer NOT NULL, "time_zone" text NOT NULL DEFAULT 'Europe/London', "cancelled_dates" date array NOT NULL DEFAULT '{}', "min_age_months" integer NOT NULL, "max_age_months" integer NOT NULL, "languages" text array NOT NULL DEFAULT '{}', "cost_pence" integer NOT NULL DEFAULT '0', "capacity" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6f0d9bf5bd78eeb8f7784a93ba" ON "session"  ("group_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_51c7b0a48b3b27e9fb49803efb" ON "session"  ("space_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_16dad48a2655f1b407d5f35a60b" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie" ADD CONSTRAINT "FK_3fd66472edca699a392a528d3b6" FOREIGN KEY ("from_person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie" ADD CONSTRAINT "FK_1f1fc29e68c1383a0eb3733fb4c" FOREIGN KEY ("from_group_id") REFERENCES "village_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie" ADD CONSTRAINT "FK_005648d22141626ce9f2fc8c502" FOREIGN KEY ("to_person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie" ADD CONSTRAINT "FK_0e980f03ca0c0f45ed2f3401520" FOREIGN KEY ("to_group_id") REFERENCES "village_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie" ADD CONSTRAINT "FK_aeefa43ef055a6efc80f70d2059" FOREIGN KEY ("to_space_id") REFERENCES "space"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_6fc5e2153171bbeb54f4fda6595" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_d7b446f7f7f75e661fce14a25f0" FOREIGN KEY ("group_id") REFERENCES "village_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "help_post" ADD CONSTRAINT "FK_5bb40b4a40c7b3fabda9e186002" FOREIGN KEY ("author_person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "help_post" ADD CONSTRAINT "FK_a2aa7693e4765ae03798d2b7ac3" FOREIGN KEY ("author_group_id") REFERENCES "village_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "FK_6f0d9bf5bd78eeb8f7784a93bad" FOREIGN KEY ("group_id") REFERENCES "village_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "FK_51c7b0a48b3b27e9fb49803efbe" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_space_earth" ON "space" USING gist (ll_to_earth("latitude", "longitude"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_space_name_trgm" ON "space" USING gin ("name" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_village_group_name_trgm" ON "village_group" USING gin ("name" gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_village_group_name_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_space_name_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_space_earth"`);
    await queryRunner.query(
      `ALTER TABLE "session" DROP CONSTRAINT "FK_51c7b0a48b3b27e9fb49803efbe"`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" DROP CONSTRAINT "FK_6f0d9bf5bd78eeb8f7784a93bad"`,
    );
    await queryRunner.query(
      `ALTER TABLE "help_post" DROP CONSTRAINT "FK_a2aa7693e4765ae03798d2b7ac3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "help_post" DROP CONSTRAINT "FK_5bb40b4a40c7b3fabda9e186002"`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" DROP CONSTRAINT "FK_d7b446f7f7f75e661fce14a25f0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" DROP CONSTRAINT "FK_6fc5e2153171bbeb54f4fda6595"`,
    );
    await queryRunner.query(`ALTER TABLE "tie" DROP CONSTRAINT "FK_aeefa43ef055a6efc80f70d2059"`);
    await queryRunner.query(`ALTER TABLE "tie" DROP CONSTRAINT "FK_0e980f03ca0c0f45ed2f3401520"`);
    await queryRunner.query(`ALTER TABLE "tie" DROP CONSTRAINT "FK_005648d22141626ce9f2fc8c502"`);
    await queryRunner.query(`ALTER TABLE "tie" DROP CONSTRAINT "FK_1f1fc29e68c1383a0eb3733fb4c"`);
    await queryRunner.query(`ALTER TABLE "tie" DROP CONSTRAINT "FK_3fd66472edca699a392a528d3b6"`);
    await queryRunner.query(
      `ALTER TABLE "person" DROP CONSTRAINT "FK_16dad48a2655f1b407d5f35a60b"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_51c7b0a48b3b27e9fb49803efb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6f0d9bf5bd78eeb8f7784a93ba"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_help_post_board"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b0f3040c8700a6c4614ab1fad8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a2aa7693e4765ae03798d2b7ac"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5bb40b4a40c7b3fabda9e18600"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bb2d6f910a3904f6726b670df6"`);
    await queryRunner.query(`DROP TABLE "help_post"`);
    await queryRunner.query(`DROP TYPE "public"."help_post_status"`);
    await queryRunner.query(`DROP TYPE "public"."help_category"`);
    await queryRunner.query(`DROP TYPE "public"."help_post_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d7b446f7f7f75e661fce14a25f"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP TYPE "public"."membership_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aeefa43ef055a6efc80f70d205"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e980f03ca0c0f45ed2f340152"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_005648d22141626ce9f2fc8c50"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1f1fc29e68c1383a0eb3733fb4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3fd66472edca699a392a528d3b"`);
    await queryRunner.query(`DROP TABLE "tie"`);
    await queryRunner.query(`DROP TYPE "public"."tie_provenance"`);
    await queryRunner.query(`DROP TYPE "public"."tie_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1b0ce1c5e39efe5c0ed9e73d40"`);
    await queryRunner.query(`DROP TABLE "space"`);
    await queryRunner.query(`DROP TYPE "public"."accessibility_feature"`);
    await queryRunner.query(`DROP TYPE "public"."space_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_21104d072b20830bd51280de21"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_16dad48a2655f1b407d5f35a60"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d5af555e1c54837966b8af2670"`);
    await queryRunner.query(`DROP TABLE "household"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_39244ff5706bbbb728f6806bb7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb3fb91988d8f5b46039d94e96"`);
    await queryRunner.query(`DROP TABLE "village_group"`);
    await queryRunner.query(`DROP TYPE "public"."group_kind"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS earthdistance`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS cube`);
  }
}
