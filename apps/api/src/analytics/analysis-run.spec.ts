import { percentOf } from './analysis-run';
import { GraphAnalysisPhase } from './graph-snapshot.entity';
import { TieColumns } from './town-reader';

describe('percentOf', () => {
  it('places each phase on the whole run’s scale, never past its end', () => {
    expect(percentOf(GraphAnalysisPhase.READING_PEOPLE, 0, 100)).toBe(0);
    expect(percentOf(GraphAnalysisPhase.READING_PEOPLE, 50, 100)).toBe(10);
    expect(percentOf(GraphAnalysisPhase.READING_TIES, 100, 100)).toBe(50);
    expect(percentOf(GraphAnalysisPhase.READING_TIES, 250, 100)).toBe(50);
    expect(percentOf(GraphAnalysisPhase.WRITING, 0, 0)).toBe(80);
    expect(percentOf(GraphAnalysisPhase.DONE, 0, 0)).toBe(100);
  });

  it('only ever goes up through the phases in order', () => {
    const order = Object.values(GraphAnalysisPhase).filter((p) => p !== GraphAnalysisPhase.QUEUED);
    const ends = order.map((phase) => [percentOf(phase, 0, 10), percentOf(phase, 10, 10)]);
    const flat = ends.flat();
    expect(flat).toEqual([...flat].sort((a, b) => a - b));
  });
});

describe('TieColumns', () => {
  it('gives back every tie as it was put in, growing as it goes', () => {
    const columns = new TieColumns();
    const seen = Date.parse('2026-11-30T12:34:56.789Z');
    for (let i = 0; i < 3000; i++)
      columns.push(`p${i % 7}`, `g${i % 5}`, i % 2 ? 'MEMBERSHIP' : 'CO_ATTENDANCE', 0.7, seen);
    expect(columns.length).toBe(3000);
    const records = [...columns];
    expect(records).toHaveLength(3000);
    expect(records[2999]).toEqual({
      from: 'p3',
      to: 'g4',
      source: 'MEMBERSHIP',
      strength: 0.7,
      lastSeenAt: seen,
    });
    expect(records[2]).toMatchObject({ from: 'p2', to: 'g2', source: 'CO_ATTENDANCE' });
  });
});
