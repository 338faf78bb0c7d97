/**
 * Measures `analyseTown` on a synthetic town (time and peak memory of the whole run):
 *
 *   npx nx run social-graph:bench -- [--people 100000] [--ties 1000000] [--samples N] [--seed N]
 *                                    [--neighbourhood-order]
 *
 * The rows are generated as the engine reads them, so the figure includes making ~1M row objects and
 * their ISO date strings, as streaming from a database cursor would.
 */
import { performance } from 'node:perf_hooks';
import { analyseTown } from './analyse-town';
import { syntheticTown } from './synthetic-town';

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} needs a number`);
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const people = option(args, '--people', 100_000);
  const ties = option(args, '--ties', 1_000_000);
  const seed = option(args, '--seed', 1);
  const samples = args.includes('--samples') ? option(args, '--samples', 256) : undefined;
  const order = args.includes('--neighbourhood-order') ? 'neighbourhood' : 'scrambled';
  const town = syntheticTown({ people, ties, seed, order });

  let rows = 0;
  const t0 = performance.now();
  for (const _ of town.ties) rows++;
  const generateOnly = performance.now() - t0;

  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const phases: Record<string, number> = {};
  const result = await analyseTown({
    ...town,
    seed,
    betweennessSamples: samples,
    onPhase: (name, ms) => (phases[name] = Number((ms / 1000).toFixed(2))),
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      people,
      order,
      tieRows: rows,
      samples: samples ?? Math.min(people, 256),
      seconds: Number(seconds.toFixed(2)),
      cpuSeconds: Number(cpuSeconds.toFixed(2)),
      generatingRowsAloneSeconds: Number((generateOnly / 1000).toFixed(2)),
      peakRssMiB: Math.round(peakMiB),
      phases,
      communities: result.town.communities,
      modularity: Number(result.town.modularity.toFixed(4)),
      medianActiveTies: result.town.medianActiveTies,
      shareWithoutActiveTie: Number(result.town.shareWithoutActiveTie.toFixed(4)),
      shareOfHouseholdsIsolated: Number(result.town.shareOfHouseholdsIsolated.toFixed(4)),
      node: process.version,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
