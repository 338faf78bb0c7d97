/**
 * Graph metrics for an edge list, from the command line:
 *
 *   npx nx run social-graph:metrics -- edges.csv out.json [--exact | --samples N] [--seed N] [--quiet]
 *
 * edges.csv has a header naming the columns `source,target,weight` and optionally `kind` (any order,
 * other columns ignored); one undirected edge a line. The file is streamed line by line; parallel
 * edges are merged and self-loops dropped as `GraphBuilder` does. out.json holds the graph-level
 * figures and one object per node. Betweenness is exact up to 5,000 nodes and estimated from 256
 * sampled sources above that, unless `--exact` or `--samples N` says otherwise. Progress goes to
 * stderr (`--quiet` silences it).
 */
import { createReadStream, createWriteStream, WriteStream } from 'node:fs';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { betweenness } from './betweenness';
import { GraphBuilder } from './graph-builder';
import { louvain } from './louvain';
import { components, degrees, effectiveSize, egoSizes, weightedDegrees } from './measures';
import { pagerank } from './pagerank';

/** Graphs up to this many nodes get exact betweenness by default. */
export const EXACT_BETWEENNESS_UP_TO = 5000;
/** Sources sampled for betweenness on bigger graphs by default. */
export const DEFAULT_CLI_SAMPLES = 256;

export interface MetricsOptions {
  input: string;
  output: string;
  /** null: exact up to EXACT_BETWEENNESS_UP_TO nodes, sampled above. Infinity: always exact. */
  samples: number | null;
  seed: number;
  quiet: boolean;
}

export class UsageError extends Error {}

export const USAGE =
  'usage: metrics <edges.csv> <out.json> [--exact | --samples N] [--seed N] [--quiet]';

export function parseArguments(args: readonly string[]): MetricsOptions {
  const positional: string[] = [];
  let samples: number | null = null;
  let seed = 1;
  let quiet = false;
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value.`);
      return next;
    };
    if (flag === '--exact') samples = Infinity;
    else if (flag === '--samples') {
      samples = Number(value());
      if (!Number.isInteger(samples) || samples < 1)
        throw new UsageError('--samples must be a whole number of at least 1.');
    } else if (flag === '--seed') {
      seed = Number(value());
      if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1)
        throw new UsageError('--seed must be a whole number from 0 to 4294967295.');
    } else if (flag === '--quiet') quiet = true;
    else if (flag.startsWith('--')) throw new UsageError(`Unknown argument ${flag}.`);
    else positional.push(flag);
  }
  if (positional.length !== 2) throw new UsageError('Give an input CSV and an output JSON file.');
  return { input: positional[0]!, output: positional[1]!, samples, seed, quiet };
}

/** Splits one CSV line; fields may be double-quoted (with "" for a quote), but not span lines. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let field = '';
      i++;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close === -1) throw new Error('a quoted field is not closed');
        field += line.slice(i, close);
        if (line[close + 1] === '"') {
          field += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      fields.push(field);
      if (i >= line.length) return fields;
      if (line[i] !== ',') throw new Error('text after a closing quote');
      i++;
    } else {
      const comma = line.indexOf(',', i);
      if (comma === -1) {
        fields.push(line.slice(i).trim());
        return fields;
      }
      fields.push(line.slice(i, comma).trim());
      i = comma + 1;
    }
  }
}

/** Reads the edge list into a builder, line by line. */
export async function readEdges(
  path: string,
  log: (message: string) => void,
): Promise<{ builder: GraphBuilder; kinds: string[]; lines: number }> {
  const builder = new GraphBuilder(1 << 16);
  const kindIndex = new Map<string, number>();
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let lineNumber = 0;
  let columns: { source: number; target: number; weight: number; kind: number } | null = null;
  for await (const raw of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    let fields: string[];
    try {
      fields = splitCsvLine(line);
    } catch (error) {
      throw new UsageError(`${path}:${lineNumber}: ${(error as Error).message}.`);
    }
    if (!columns) {
      const names = fields.map((f) => f.toLowerCase());
      columns = {
        source: names.indexOf('source'),
        target: names.indexOf('target'),
        weight: names.indexOf('weight'),
        kind: names.indexOf('kind'),
      };
      if (columns.source < 0 || columns.target < 0 || columns.weight < 0)
        throw new UsageError(
          `${path}:1: the header must name the columns source,target,weight (and optionally kind).`,
        );
      continue;
    }
    const source = fields[columns.source];
    const target = fields[columns.target];
    const weightText = fields[columns.weight];
    if (!source || !target)
      throw new UsageError(`${path}:${lineNumber}: source and target must not be empty.`);
    const weight = Number(weightText);
    if (weightText === undefined || weightText === '' || !Number.isFinite(weight) || weight < 0)
      throw new UsageError(
        `${path}:${lineNumber}: weight must be a number ≥ 0, not "${weightText ?? ''}".`,
      );
    let kind = 0;
    if (columns.kind >= 0) {
      const label = fields[columns.kind] ?? '';
      let index = kindIndex.get(label);
      if (index === undefined) {
        index = kindIndex.size;
        if (index > 255) throw new UsageError(`${path}:${lineNumber}: more than 256 kinds.`);
        kindIndex.set(label, index);
      }
      kind = index;
    }
    builder.addEdge(source, target, weight, kind);
    if (lineNumber % 1_000_000 === 0) log(`  read ${lineNumber.toLocaleString('en-GB')} lines`);
  }
  if (!columns) throw new UsageError(`${path}: the file is empty; it needs a header line.`);
  return { builder, kinds: [...kindIndex.keys()], lines: lineNumber };
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Runs the whole command; returns the exit code (0 done, 1 failed, 2 bad usage or input). */
export async function main(
  args: readonly string[],
  stderr: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<number> {
  let options: MetricsOptions;
  try {
    options = parseArguments(args);
  } catch (error) {
    stderr(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const log = options.quiet ? () => undefined : stderr;
  const started = performance.now();
  const phase = (name: string) =>
    log(`${name} (${((performance.now() - started) / 1000).toFixed(1)}s)`);
  try {
    const { builder, kinds } = await readEdges(options.input, log);
    const { graph, keys } = builder.build();
    phase(`read ${graph.nodeCount} nodes and ${graph.edgeCount} edges`);
    const n = graph.nodeCount;
    const samples =
      options.samples === null
        ? n <= EXACT_BETWEENNESS_UP_TO
          ? n
          : DEFAULT_CLI_SAMPLES
        : Math.min(options.samples, n);
    const degree = degrees(graph);
    const strength = weightedDegrees(graph);
    const parts = components(graph);
    const ego = egoSizes(graph);
    phase('degrees, components and ego networks');
    const communities = louvain(graph, { seed: options.seed });
    phase(`Louvain: ${communities.count} communities`);
    const between = betweenness(graph, { samples, seed: options.seed });
    phase(`betweenness (${samples >= n ? 'exact' : `${samples} sampled sources`})`);
    const rank = pagerank(graph);
    phase('PageRank');
    const brokerage = effectiveSize(graph);
    phase('effective size');

    const out = createWriteStream(options.output);
    const failed = new Promise<never>((_, reject) => out.once('error', reject));
    failed.catch(() => undefined); // the race below reports it
    const summary = {
      nodes: n,
      edges: graph.edgeCount,
      components: parts.count,
      communities: communities.count,
      modularity: communities.modularity,
      betweenness: samples >= n ? { exact: true } : { exact: false, samples, seed: options.seed },
      kinds,
    };
    const writing = (async () => {
      await write(out, `{\n"graph": ${JSON.stringify(summary)},\n"nodes": [\n`);
      for (let v = 0; v < n; v++) {
        const size = brokerage[v]!;
        const node = {
          id: keys[v],
          degree: degree[v],
          weightedDegree: strength[v],
          component: parts.component[v],
          community: communities.community[v],
          betweenness: between[v],
          pagerank: rank[v],
          effectiveSize: Number.isNaN(size) ? null : size,
          egoOneHop: ego.oneHop[v],
          egoTwoHop: ego.twoHop[v],
        };
        await write(out, `${JSON.stringify(node)}${v + 1 < n ? ',' : ''}\n`);
      }
      await write(out, ']\n}\n');
      out.end();
      await once(out, 'finish');
    })();
    await Promise.race([writing, failed]);
    phase(`wrote ${options.output}`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      stderr(error.message);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      stderr(`Cannot use ${(error as NodeJS.ErrnoException).path ?? 'a file'}: ${code}.`);
      return 2;
    }
    stderr(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
