import { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedSessions1795333761145 implements MigrationInterface {
  name = 'SavedSessions1795333761145';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_feed_token" ("person_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca9f3dcc3e9ffc417f182297ef9" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_da3743af69f31ffd278f363bce" ON "calendar_feed_token"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "saved_session" ("person_id" uuid NOT NULL, "session_id" uuid NOT NULL, "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eccbc86e26fa3186e9f7db9137b" PRIMARY KEY ("person_id", "session_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feed_token" ADD CONSTRAINT "FK_ca9f3dcc3e9ffc417f182297ef9" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_session" ADD CONSTRAINT "FK_a8d63ab726058f8c74262370509" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_session" ADD CONSTRAINT "FK_25538ea935fc628fbd7fac65165" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "saved_session" DROP CONSTRAINT "FK_25538ea935fc628fbd7fac65165"`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_session" DROP CONSTRAINT "FK_a8d63ab726058f8c74262370509"`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feed_token" DROP CONSTRAINT "FK_ca9f3dcc3e9ffc417f182297ef9"`,
    );
    await queryRunner.query(`DROP TABLE "saved_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_da3743af69f31ffd278f363bce"`);
    await queryRunner.query(`DROP TABLE "calendar_feed_token"`);
  }
}
