import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionRsvp1796633018450 implements MigrationInterface {
  name = 'SessionRsvp1796633018450';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."rsvp_status" AS ENUM('GOING', 'WAITING')`);
    await queryRunner.query(
      `CREATE TABLE "session_rsvp" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "occurs_on" date NOT NULL, "person_id" uuid NOT NULL, "status" "public"."rsvp_status" NOT NULL, "name_shared_with_organisers" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_session_rsvp_person_date" UNIQUE ("session_id", "occurs_on", "person_id"), CONSTRAINT "PK_1b17749b12786a30ccb6787250a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_session_rsvp_person_date" ON "session_rsvp"  ("person_id", "occurs_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_session_rsvp_date_status" ON "session_rsvp"  ("session_id", "occurs_on", "status", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "session_rsvp" ADD CONSTRAINT "FK_553ecc7ae896a07918756c54497" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_rsvp" ADD CONSTRAINT "FK_1f4e4f2de33f8e528e6ac1c1fcd" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "session_rsvp" DROP CONSTRAINT "FK_1f4e4f2de33f8e528e6ac1c1fcd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_rsvp" DROP CONSTRAINT "FK_553ecc7ae896a07918756c54497"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_session_rsvp_date_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_session_rsvp_person_date"`);
    await queryRunner.query(`DROP TABLE "session_rsvp"`);
    await queryRunner.query(`DROP TYPE "public"."rsvp_status"`);
  }
}
