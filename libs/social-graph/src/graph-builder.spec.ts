import { GraphBuilder } from './graph-builder';

function neighbours(graph: ReturnType<GraphBuilder['build']>['graph'], v: number) {
  const out: { to: number; weight: number; kind: number }[] = [];
  for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++)
    out.push({ to: graph.targets[e]!, weight: graph.weights[e]!, kind: graph.kinds[e]! });
  return out.sort((a, b) => a.to - b.to);
}

describe('GraphBuilder', () => {
  it('numbers nodes by first sight and stores each undirected edge from both ends', () => {
    const builder = new GraphBuilder(2);
    builder.addEdge('a', 'b', 1);
    builder.addEdge('b', 'c', 2);
    expect(builder.node('b')).toBe(1);
    const { graph, keys } = builder.build();
    expect(keys).toEqual(['a', 'b', 'c']);
    expect(graph.nodeCount).toBe(3);
    expect(graph.edgeCount).toBe(2);
    expect(Array.from(graph.offsets)).toEqual([0, 1, 3, 4]);
    expect(neighbours(graph, 1)).toEqual([
      { to: 0, weight: 1, kind: 0 },
      { to: 2, weight: 2, kind: 0 },
    ]);
    expect(neighbours(graph, 2)).toEqual([{ to: 1, weight: 2, kind: 0 }]);
  });

  it('merges parallel edges in either direction: weights summed, highest kind kept, on both ends', () => {
    const builder = new GraphBuilder();
    builder.addEdge('a', 'b', 0.5, 3);
    builder.addEdge('b', 'a', 0.25, 7);
    builder.addEdge('a', 'b', 1, 1);
    builder.addEdge('a', 'c', 1, 2);
    const { graph } = builder.build();
    expect(graph.edgeCount).toBe(2);
    expect(neighbours(graph, 0)).toEqual([
      { to: 1, weight: 1.75, kind: 7 },
      { to: 2, weight: 1, kind: 2 },
    ]);
    expect(neighbours(graph, 1)).toEqual([{ to: 0, weight: 1.75, kind: 7 }]);
  });

  it('ignores self-loops but keeps their node, and keeps isolated nodes', () => {
    const builder = new GraphBuilder();
    builder.addEdge('a', 'a', 5);
    builder.node('z');
    const { graph, keys } = builder.build();
    expect(keys).toEqual(['a', 'z']);
    expect(graph.edgeCount).toBe(0);
    expect(Array.from(graph.offsets)).toEqual([0, 0, 0]);
  });

  it('grows past its expected size and finds nodes without creating them', () => {
    const builder = new GraphBuilder(1);
    for (let i = 0; i < 100; i++) builder.addEdge(`n${i}`, `n${i + 1}`, 1);
    expect(builder.indexOf('n7')).toBe(7);
    expect(builder.indexOf('missing')).toBe(-1);
    const { graph } = builder.build();
    expect(graph.nodeCount).toBe(101);
    expect(graph.edgeCount).toBe(100);
  });

  it('refuses negative or non-finite weights and kinds outside 0–255', () => {
    const builder = new GraphBuilder();
    expect(() => builder.addEdge('a', 'b', -1)).toThrow(RangeError);
    expect(() => builder.addEdge('a', 'b', NaN)).toThrow(RangeError);
    expect(() => builder.addEdge('a', 'b', 1, 256)).toThrow(RangeError);
  });
});
