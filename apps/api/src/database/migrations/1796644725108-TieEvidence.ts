import { MigrationInterface, QueryRunner } from 'typeorm';

export class TieEvidence1796644725108 implements MigrationInterface {
  name = 'TieEvidence1796644725108';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tie_evidence" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "tie_id" bigint NOT NULL, "kind" "public"."tie_provenance" NOT NULL, "session_id" uuid, "occurs_on" date, "exchange_id" uuid, "group_id" uuid, "partnership_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_tie_evidence_source" CHECK ((kind = 'CO_ATTENDANCE') = (session_id IS NOT NULL AND occurs_on IS NOT NULL)), CONSTRAINT "PK_58f8953cb314f36a89a4a3cb95d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a3221e53eb4ac09787efe7c423" ON "tie_evidence"  ("tie_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_tie_evidence_date" ON "tie_evidence"  ("session_id", "occurs_on") WHERE session_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_tie_evidence_exchange" ON "tie_evidence"  ("tie_id", "exchange_id") WHERE exchange_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_tie_evidence_date" ON "tie_evidence"  ("tie_id", "session_id", "occurs_on") WHERE session_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "tie_hidden" ("tie_id" bigint NOT NULL, "person_id" uuid NOT NULL, "hidden_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cba9270066e2611fba7daff174c" PRIMARY KEY ("tie_id", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_622efe8d986f5fea281f0013cd" ON "tie_hidden"  ("person_id") `,
    );
    await queryRunner.query(`CREATE TABLE "tie_refusal" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "provenance" "public"."tie_provenance" NOT NULL, "person_id" uuid NOT NULL, "other_person_id" uuid, "group_id" uuid, "refused_by_person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_tie_refusal_ends" CHECK ((other_person_id IS NOT NULL AND group_id IS NULL AND person_id < other_person_id)
  OR (other_person_id IS NULL AND group_id IS NOT NULL)), CONSTRAINT "PK_0d69850d3008a44a20a8dc69851" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "IDX_d0f5df6409481f2164a645d08e" ON "tie_refusal"  ("other_person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e4ea1fea5554f8eb0aabc37986" ON "tie_refusal"  ("group_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_816bb88dc4163b33ce5d8dbf8a" ON "tie_refusal"  ("refused_by_person_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_tie_refusal_group" ON "tie_refusal"  ("person_id", "group_id", "provenance") WHERE group_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_tie_refusal_people" ON "tie_refusal"  ("person_id", "other_person_id", "provenance") WHERE other_person_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_evidence" ADD CONSTRAINT "FK_a3221e53eb4ac09787efe7c4232" FOREIGN KEY ("tie_id") REFERENCES "tie"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_evidence" ADD CONSTRAINT "FK_cf6a264a2397acb67d3511be288" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_evidence" ADD CONSTRAINT "FK_b8372a4f0e74947ee5d5be5d83a" FOREIGN KEY ("exchange_id") REFERENCES "exchange"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_evidence" ADD CONSTRAINT "FK_b025da023f0261d03f87f924358" FOREIGN KEY ("group_id") REFERENCES "village_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_evidence" ADD CONSTRAINT "FK_eec83834fe05de89d23e6c4ba24" FOREIGN KEY ("partnership_id") REFERENCES "group_partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_hidden" ADD CONSTRAINT "FK_b86a41297949fb15079fa14e5b9" FOREIGN KEY ("tie_id") REFERENCES "tie"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_hidden" ADD CONSTRAINT "FK_622efe8d986f5fea281f0013cd0" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_refusal" ADD CONSTRAINT "FK_c169e42001e9c50512f3fbfe802" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_refusal" ADD CONSTRAINT "FK_d0f5df6409481f2164a645d08eb" FOREIGN KEY ("other_person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_refusal" ADD CONSTRAINT "FK_e4ea1fea5554f8eb0aabc379869" FOREIGN KEY ("group_id") REFERENCES "village_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_refusal" ADD CONSTRAINT "FK_816bb88dc4163b33ce5d8dbf8a6" FOREIGN KEY ("refused_by_person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // One co-attendance tie per unordered pair (TieEntity's CO_ATTENDANCE_PAIR_INDEX): check-ins
    // upsert against it. TypeORM cannot describe LEAST/GREATEST, so it is written here.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_tie_co_attendance_pair" ON "tie" (LEAST("from_person_id", "to_person_id"), GREATEST("from_person_id", "to_person_id")) WHERE "provenance" = 'CO_ATTENDANCE'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_tie_co_attendance_pair"`);
    await queryRunner.query(
      `ALTER TABLE "tie_refusal" DROP CONSTRAINT "FK_816bb88dc4163b33ce5d8dbf8a6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_refusal" DROP CONSTRAINT "FK_e4ea1fea5554f8eb0aabc379869"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_refusal" DROP CONSTRAINT "FK_d0f5df6409481f2164a645d08eb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_refusal" DROP CONSTRAINT "FK_c169e42001e9c50512f3fbfe802"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_hidden" DROP CONSTRAINT "FK_622efe8d986f5fea281f0013cd0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_hidden" DROP CONSTRAINT "FK_b86a41297949fb15079fa14e5b9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_evidence" DROP CONSTRAINT "FK_eec83834fe05de89d23e6c4ba24"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_evidence" DROP CONSTRAINT "FK_b025da023f0261d03f87f924358"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_evidence" DROP CONSTRAINT "FK_b8372a4f0e74947ee5d5be5d83a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_evidence" DROP CONSTRAINT "FK_cf6a264a2397acb67d3511be288"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tie_evidence" DROP CONSTRAINT "FK_a3221e53eb4ac09787efe7c4232"`,
    );
    await queryRunner.query(`DROP INDEX "public"."UQ_tie_refusal_people"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_tie_refusal_group"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_816bb88dc4163b33ce5d8dbf8a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e4ea1fea5554f8eb0aabc37986"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d0f5df6409481f2164a645d08e"`);
    await queryRunner.query(`DROP TABLE "tie_refusal"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_622efe8d986f5fea281f0013cd"`);
    await queryRunner.query(`DROP TABLE "tie_hidden"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_tie_evidence_date"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_tie_evidence_exchange"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_tie_evidence_date"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a3221e53eb4ac09787efe7c423"`);
    await queryRunner.query(`DROP TABLE "tie_evidence"`);
  }
}
