/**
 * Geo representation benchmark: which index answers "sessions within 2 km of a point, nearest 20"
 * fastest on the L town? Compares, on the same database in the same run:
 *   earth-sort   earthdistance: GiST box filter, exact distance filter, sort (the spine's way)
 *   earth-knn    earthdistance: GiST box filter, ordered by the cube `<->` operator (KNN-GiST)
 *   plane-knn    a point in metres on a local plane, PostgreSQL's point GiST and `<->`
 * and prints a Markdown table of the server's execution time and the client's round trip.
 *
 *   node geo-index.js --database-url postgres://…/db-with-an-L-town [--runs 300]
 *
 * The plane variant needs a column this benchmark adds to the scratch database it is given (never
 * point it at a database you care about): run `town-load --size L --keep` first and pass that one.
 */
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { median, percentile } from './stats';
import { origins, TOWN } from './town-origins';

const RADIUS_M = 2000;

const QUERIES: Record<string, string> = {
  'earth-sort': `SELECT s.id, earth_distance(ll_to_earth(sp.latitude, sp.longitude), ll_to_earth($1, $2)) AS d
      FROM space sp JOIN session s ON s.space_id = sp.id
     WHERE earth_box(ll_to_earth($1, $2), ${RADIUS_M}) @> ll_to_earth(sp.latitude, sp.longitude)
       AND earth_distance(ll_to_earth(sp.latitude, sp.longitude), ll_to_earth($1, $2)) <= ${RADIUS_M}
     ORDER BY d LIMIT 20`,
  'earth-knn': `SELECT s.id, ll_to_earth(sp.latitude, sp.longitude) <-> ll_to_earth($1, $2) AS d
      FROM space sp JOIN session s ON s.space_id = sp.id
     WHERE earth_box(ll_to_earth($1, $2), ${RADIUS_M}) @> ll_to_earth(sp.latitude, sp.longitude)
     ORDER BY d LIMIT 20`,
  'plane-knn': `SELECT s.id, sp.bench_position <-> bench_plane($1, $2) AS d
      FROM space sp JOIN session s ON s.space_id = sp.id
     WHERE sp.bench_position <@ circle(bench_plane($1, $2), ${RADIUS_M})
     ORDER BY d LIMIT 20`,
};

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function scansSessionsSequentially(node: PlanNode): boolean {
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'session') return true;
  return (node.Plans ?? []).some(scansSessionsSequentially);
}

const p95 = (values: number[]) => percentile(values, 0.95);

async function main() {
  const args = process.argv.slice(2);
  const url = args[args.indexOf('--database-url') + 1];
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 300;
  if (!url || !args.includes('--database-url'))
    throw new Error('usage: geo-index --database-url URL [--runs N]');
  const client = new Client({ connectionString: url });
  await client.connect();
  // The plane variant: metres east and north of the town centre (equirectangular), GiST on a point.
  await client.query(`CREATE OR REPLACE FUNCTION bench_plane(lat float8, lng float8) RETURNS point
      LANGUAGE sql IMMUTABLE AS $$ SELECT point((lng - (${TOWN.lng})) * 111320 * cos(radians(${TOWN.lat})), (lat - ${TOWN.lat}) * 110574) $$`);
  await client.query(`ALTER TABLE space ADD COLUMN IF NOT EXISTS bench_position point`);
  await client.query(`UPDATE space SET bench_position = bench_plane(latitude, longitude)`);
  await client.query(
    `CREATE INDEX IF NOT EXISTS bench_space_position ON space USING gist (bench_position)`,
  );
  await client.query(`ANALYZE space`);
  const [{ sessions }] = (await client.query(`SELECT count(*)::int AS sessions FROM session`)).rows;

  const points = origins(runs);
  console.log(
    `| Variant | Sessions | Runs | Execution median (ms) | Execution p95 (ms) | Round trip median (ms) | Round trip p95 (ms) | Sequential scan of sessions |`,
  );
  console.log(`| --- | --- | --- | --- | --- | --- | --- | --- |`);
  for (const [name, sql] of Object.entries(QUERIES)) {
    const plan = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, points[0]);
    const seqScan = scansSessionsSequentially(plan.rows[0]['QUERY PLAN'][0].Plan as PlanNode);
    for (const point of points.slice(0, 20)) await client.query({ name, text: sql, values: point });
    const execution: number[] = [];
    const roundTrip: number[] = [];
    for (const point of points) {
      const started = performance.now();
      await client.query({ name, text: sql, values: point });
      roundTrip.push(performance.now() - started);
      const analysed = await client.query(
        `EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${sql}`,
        point,
      );
      execution.push(
        (analysed.rows[0]['QUERY PLAN'][0] as { 'Execution Time': number })['Execution Time'],
      );
    }
    console.log(
      `| ${name} | ${sessions} | ${runs} | ${median(execution).toFixed(3)} | ${p95(execution).toFixed(3)} | ${median(roundTrip).toFixed(3)} | ${p95(roundTrip).toFixed(3)} | ${seqScan ? 'yes' : 'no'} |`,
    );
  }
  await client.end();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
