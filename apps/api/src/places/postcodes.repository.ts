import type { EntityManager } from 'typeorm';
import type { PostcodeRow } from './ons-postcodes';

/** Where a postcode is. */
export interface PostcodePlace {
  postcode: string;
  latitude: number;
  longitude: number;
  areaCell: string;
}

/** The SQL of the postcode table. */
export const postcodesRepository = {
  async find(manager: EntityManager, postcode: string): Promise<PostcodePlace | null> {
    const rows = await manager.query<PostcodePlace[]>(
      `SELECT postcode, latitude, longitude, area_cell AS "areaCell" FROM postcode WHERE postcode = $1`,
      [postcode],
    );
    return rows[0] ?? null;
  },

  /** Adds or refreshes postcodes, one statement per batch (a re-import updates in place). */
  async upsert(manager: EntityManager, rows: readonly PostcodeRow[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO postcode (postcode, latitude, longitude, area_cell, ward_code, lsoa_code)
       SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[], $4::text[], $5::text[], $6::text[])
       ON CONFLICT (postcode) DO UPDATE SET
         latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, area_cell = EXCLUDED.area_cell,
         ward_code = EXCLUDED.ward_code, lsoa_code = EXCLUDED.lsoa_code`,
      [
        rows.map((row) => row.postcode),
        rows.map((row) => row.latitude),
        rows.map((row) => row.longitude),
        rows.map((row) => row.areaCell),
        rows.map((row) => row.wardCode),
        rows.map((row) => row.lsoaCode),
      ],
    );
  },

  /** Drops postcodes that are no longer in use (terminated since an earlier import). */
  async remove(manager: EntityManager, postcodes: readonly string[]): Promise<number> {
    if (postcodes.length === 0) return 0;
    const [, count] = await manager.query<[unknown, number]>(
      `DELETE FROM postcode WHERE postcode = ANY($1::text[])`,
      [postcodes],
    );
    return count;
  },
};
