import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, parseArguments, splitCsvLine } from './cli';

describe('metrics command line', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'social-graph-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function run(csv: string, ...flags: string[]) {
    const input = join(dir, 'edges.csv');
    const output = join(dir, 'out.json');
    writeFileSync(input, csv);
    const messages: string[] = [];
    const code = await main([input, output, ...flags], (line) => messages.push(line));
    return { code, messages, output };
  }

  it('writes per-node and graph-level metrics for a small edge list', async () => {
    // Path a-b-c-d (a-b given twice: merged to 1.5) and e, whose only edge is a self-loop.
    const { code, output } = await run(
      [
        'source,target,weight,kind',
        'a,b,1,friend',
        'b,c,2,friend',
        '"c",d,1,work',
        'a,b,0.5,work',
        'e,e,1,friend',
        '',
      ].join('\r\n'),
    );
    expect(code).toBe(0);
    const result = JSON.parse(readFileSync(output, 'utf8'));
    expect(result.graph).toEqual({
      nodes: 5,
      edges: 3,
      components: 2,
      communities: expect.any(Number),
      modularity: expect.any(Number),
      betweenness: { exact: true },
      kinds: ['friend', 'work'],
    });
    const node = (id: string) => result.nodes.find((n: { id: string }) => n.id === id);
    expect(result.nodes.map((n: { id: string }) => n.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    // 5 nodes: 6 pairs exclude any one node; b sits on a–c and a–d: 2/6.
    expect(node('b')).toEqual({
      id: 'b',
      degree: 2,
      weightedDegree: 3.5,
      component: 0,
      community: expect.any(Number),
      betweenness: 1 / 3,
      pagerank: expect.any(Number),
      effectiveSize: 2,
      egoOneHop: 2,
      egoTwoHop: 3,
    });
    expect(node('a')).toMatchObject({
      degree: 1,
      weightedDegree: 1.5,
      betweenness: 0,
      egoTwoHop: 2,
    });
    // e is isolated: its own component, no ego network (null, as NetworkX's NaN), dangling PageRank
    // e = 0.15/5 + 0.85·e/5 → 0.03/0.83.
    expect(node('e')).toMatchObject({ degree: 0, component: 1, effectiveSize: null, egoOneHop: 0 });
    expect(node('e').pagerank).toBeCloseTo(0.03 / 0.83, 5);
    const total = result.nodes.reduce(
      (sum: number, n: { pagerank: number }) => sum + n.pagerank,
      0,
    );
    expect(total).toBeCloseTo(1, 9);
  });

  it('samples betweenness when asked and says so', async () => {
    const { code, output } = await run(
      'target,source,weight\na,b,1\nb,c,1\n',
      '--samples',
      '1',
      '--quiet',
    );
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(output, 'utf8')).graph.betweenness).toEqual({
      exact: false,
      samples: 1,
      seed: 1,
    });
  });

  it('names the line of bad input and exits 2', async () => {
    const bad = await run('source,target,weight\na,b,1\nb,c,heavy\n');
    expect(bad.code).toBe(2);
    expect(bad.messages.join('\n')).toMatch(
      /edges\.csv:3: weight must be a number ≥ 0, not "heavy"/,
    );
    const header = await run('from,to\na,b\n');
    expect(header.code).toBe(2);
    expect(header.messages.join('\n')).toMatch(/header must name the columns source,target,weight/);
    const missing = await main([join(dir, 'nope.csv'), join(dir, 'out.json')], () => undefined);
    expect(missing).toBe(2);
  });

  it('reads its arguments', () => {
    expect(parseArguments(['in.csv', 'out.json'])).toEqual({
      input: 'in.csv',
      output: 'out.json',
      samples: null,
      seed: 1,
      quiet: false,
    });
    expect(parseArguments(['--exact', 'in.csv', 'out.json', '--seed', '7']).samples).toBe(Infinity);
    expect(() => parseArguments(['in.csv'])).toThrow(/input CSV and an output JSON/);
    expect(() => parseArguments(['a', 'b', '--samples', '0'])).toThrow(/at least 1/);
    expect(() => parseArguments(['a', 'b', '--fast'])).toThrow(/Unknown argument/);
  });

  it('splits quoted CSV fields', () => {
    expect(splitCsvLine('"a, b",c,"say ""hi"""')).toEqual(['a, b', 'c', 'say "hi"']);
    expect(splitCsvLine('x,,y')).toEqual(['x', '', 'y']);
    expect(() => splitCsvLine('"open,b')).toThrow(/not closed/);
  });
});
