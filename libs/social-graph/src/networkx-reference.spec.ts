import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { betweenness } from './betweenness';
import { GraphBuilder } from './graph-builder';
import { louvain, modularity } from './louvain';
import { components, degrees, effectiveSize, weightedDegrees } from './measures';
import { pagerank } from './pagerank';

// What NetworkX 2.8 computes for a seeded 98-node graph (reference/networkx-reference.py writes it).
interface Reference {
  nodes: string[];
  edges: [string, string, number][];
  degree: Record<string, number>;
  weightedDegree: Record<string, number>;
  betweenness: Record<string, number>;
  pagerank: Record<string, number>;
  effectiveSize: Record<string, number | null>;
  components: number;
  byCluster: Record<string, number>;
  modularityByCluster: number;
  modularityByClusterResolution2: number;
  louvainModularity: number;
}
const reference = JSON.parse(
  readFileSync(join(__dirname, '..', 'reference', 'networkx-reference.json'), 'utf8'),
) as Reference;
const builder = new GraphBuilder();
for (const node of reference.nodes) builder.node(node);
for (const [from, to, weight] of reference.edges) builder.addEdge(from, to, weight);
const { graph, keys } = builder.build();

function expectClose(
  actual: ArrayLike<number>,
  expected: Record<string, number | null>,
  digits: number,
) {
  keys.forEach((key, i) => {
    const want = expected[key];
    if (want === null || want === undefined) expect([key, actual[i]]).toEqual([key, NaN]);
    else
      expect([key, Number(actual[i]!.toFixed(digits))]).toEqual([
        key,
        Number(want.toFixed(digits)),
      ]);
  });
}

describe('agrees with NetworkX on a seeded weighted graph', () => {
  it('degrees, weighted degrees and components', () => {
    expectClose(degrees(graph), reference.degree, 12);
    expectClose(weightedDegrees(graph), reference.weightedDegree, 5); // weights are stored as float32
    expect(components(graph).count).toBe(reference.components);
  });

  it('exact betweenness (normalised, unweighted)', () => {
    expectClose(betweenness(graph), reference.betweenness, 10);
  });

  it('weighted PageRank with dangling nodes', () => {
    expectClose(pagerank(graph), reference.pagerank, 6);
  });

  it("Burt's effective size, NaN for isolated nodes", () => {
    expectClose(effectiveSize(graph), reference.effectiveSize, 10);
  });

  it('weighted modularity of a fixed partition, at resolution 1 and 2', () => {
    const community = Int32Array.from(keys, (key) => reference.byCluster[key]!);
    expect(modularity(graph, community)).toBeCloseTo(reference.modularityByCluster, 6);
    expect(modularity(graph, community, 2)).toBeCloseTo(
      reference.modularityByClusterResolution2,
      6,
    );
  });

  it('Louvain finds a partition about as good as NetworkX’s louvain_communities', () => {
    for (const seed of [1, 2, 3]) {
      const result = louvain(graph, { seed });
      expect(result.modularity).toBeGreaterThan(reference.louvainModularity - 0.02);
      expect(result.modularity).toBeCloseTo(modularity(graph, result.community), 12);
    }
  });
});
