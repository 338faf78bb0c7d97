/**
 * How far sampled betweenness strays from exact betweenness, on a few generated graphs of 5,000
 * nodes (docs/social-graph.md quotes the table this prints):
 *
 *   npx nx run social-graph:sampling-study
 *
 * For each graph and sample size, averaged over 3 seeds: mean absolute error, that error relative to
 * the mean exact value, Spearman rank correlation between exact and sampled values over all nodes
 * and over the exact top 1% of nodes, and how many of the exact top 1% are also in the sampled top 1%.
 */
import { betweenness } from './betweenness';
import { GraphBuilder } from './graph-builder';
import { CsrGraph } from './model';
import { SeededRandom } from './random';
import { syntheticTown } from './synthetic-town';
import { ACTIVE_TIE_THRESHOLD, tieWeight } from './tie-weight';
import { randomGraph } from './test-graphs';

const N = 5000;

function preferentialAttachment(n: number, perNode: number, seed: number): CsrGraph {
  const random = new SeededRandom(seed);
  const builder = new GraphBuilder(n * perNode);
  const ends: number[] = [];
  for (let v = 0; v < n; v++) {
    builder.node(String(v));
    for (let j = 0; j < perNode && v > 0; j++) {
      const u = ends.length === 0 ? 0 : ends[random.below(ends.length)]!;
      builder.addEdgeByIndex(v, u, 1);
      ends.push(v, u);
    }
  }
  return builder.build().graph;
}

function townActiveGraph(people: number, ties: number): CsrGraph {
  const town = syntheticTown({ people, ties, seed: 3 });
  const builder = new GraphBuilder(ties);
  for (const person of town.people) builder.node(person.key);
  for (const tie of town.ties) {
    if (!tie.to.startsWith('p')) continue;
    const weight = tieWeight(tie.strength, tie.lastSeenAt, town.at, tie.source);
    builder.addEdgeByIndex(builder.indexOf(tie.from), builder.indexOf(tie.to), weight);
  }
  const { graph } = builder.build();
  // Keep the edges whose merged weight makes them active, as analyseTown does.
  const active = new GraphBuilder(graph.edgeCount);
  for (let v = 0; v < graph.nodeCount; v++) active.node(String(v));
  for (let v = 0; v < graph.nodeCount; v++)
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++)
      if (graph.targets[e]! > v && graph.weights[e]! >= ACTIVE_TIE_THRESHOLD)
        active.addEdgeByIndex(v, graph.targets[e]!, graph.weights[e]!);
  return active.build().graph;
}

function ranks(values: number[]): number[] {
  const order = values.map((value, i) => ({ value, i })).sort((a, b) => a.value - b.value);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.value === order[i]!.value) j++;
    for (let t = i; t <= j; t++) out[order[t]!.i] = (i + j) / 2;
    i = j + 1;
  }
  return out;
}

function spearman(a: number[], b: number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i]! - ma) * (rb[i]! - mb);
    da += (ra[i]! - ma) ** 2;
    db += (rb[i]! - mb) ** 2;
  }
  return da === 0 || db === 0 ? 1 : num / Math.sqrt(da * db);
}

function topIndices(values: Float64Array, count: number): number[] {
  return Array.from(values.keys())
    .sort((x, y) => values[y]! - values[x]! || x - y)
    .slice(0, count);
}

function main(): void {
  const graphs: [string, CsrGraph][] = [
    [`synthetic town, active ties (${N} people)`, townActiveGraph(N, N * 10)],
    [`random (Erdős–Rényi), ${N} nodes, ${3 * N} edges`, randomGraph(N, 3 * N, 5)],
    [`preferential attachment, ${N} nodes, 3 edges each`, preferentialAttachment(N, 3, 7)],
  ];
  const lines = [
    '| graph | edges | samples k | MAE | MAE / mean | max abs error | Spearman, all | Spearman top 1% | top-1% overlap |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, graph] of graphs) {
    const exact = betweenness(graph);
    const n = graph.nodeCount;
    const mean = exact.reduce((s, x) => s + x, 0) / n;
    const top = topIndices(exact, Math.max(2, Math.round(n / 100)));
    for (const k of [32, 64, 128, 256, 512]) {
      let mae = 0;
      let maxError = 0;
      let rho = 0;
      let rhoAll = 0;
      let overlap = 0;
      const seeds = [1, 2, 3];
      for (const seed of seeds) {
        const sampled = betweenness(graph, { samples: k, seed });
        let sum = 0;
        for (let v = 0; v < n; v++) {
          const error = Math.abs(sampled[v]! - exact[v]!);
          sum += error;
          maxError = Math.max(maxError, error);
        }
        mae += sum / n / seeds.length;
        rhoAll += spearman(Array.from(exact), Array.from(sampled)) / seeds.length;
        rho +=
          spearman(
            top.map((v) => exact[v]!),
            top.map((v) => sampled[v]!),
          ) / seeds.length;
        const sampledTop = new Set(topIndices(sampled, top.length));
        overlap += top.filter((v) => sampledTop.has(v)).length / top.length / seeds.length;
      }
      lines.push(
        `| ${name} | ${graph.edgeCount} | ${k} | ${mae.toExponential(2)} | ${(mae / mean).toFixed(3)} | ${maxError.toExponential(2)} | ${rhoAll.toFixed(3)} | ${rho.toFixed(3)} | ${overlap.toFixed(2)} |`,
      );
    }
  }
  console.log(lines.join('\n'));
}

main();
