import { HelpPostStatus } from '@village/shared';
import { TOWN_TODAY, isoWeekday, townDateShift } from './clock';
import { generateTown } from './generate';
import { copyChunks, copyStatement } from './load';
import type { Town, TownTable } from './model';

/** The rows of one table as COPY would send them, each as column name → text (`\N` for NULL). */
function copiedRows(town: Town, table: TownTable, nowMs: number): Record<string, string>[] {
  const columns = (/\(([^)]*)\)/.exec(copyStatement(table))?.[1] ?? '').split(', ');
  const shift = townDateShift(nowMs);
  return [...copyChunks(town, table, 500, shift)]
    .join('')
    .split('\n')
    .slice(0, -1)
    .map((line) => {
      const fields = line.split('\t');
      return Object.fromEntries(columns.map((column, i) => [column, fields[i] ?? '']));
    });
}

const arrayItems = (literal: string) => literal.slice(1, -1).split(',').filter(Boolean);

describe('loading the town on the real calendar', () => {
  let town: Town;
  beforeAll(() => {
    town = generateTown('S', 7);
  });

  it('moves by whole days, whole weeks for sessions and whole months for months', () => {
    const today = Date.parse(`${TOWN_TODAY}T00:00:00Z`);
    expect(townDateShift(today + 3_600_000)).toEqual({ days: 0, sessionDays: 0, months: 0 });
    expect(townDateShift(today + 6 * 86_400_000)).toEqual({ days: 6, sessionDays: 0, months: 0 });
    expect(townDateShift(Date.parse('2027-06-10T12:00:00Z'))).toEqual({
      days: 200,
      sessionDays: 196,
      months: 7,
    });
    expect(townDateShift(Date.parse('2026-01-01T00:00:00Z'))).toEqual({
      days: -325,
      sessionDays: -329,
      months: -10,
    });
  });

  it('keeps open help posts open months after the generator’s "today"', () => {
    const nowMs = Date.parse('2027-06-10T12:00:00Z');
    const generatedOpen = town.helpPosts.filter((post) => post.status === HelpPostStatus.OPEN);
    expect(generatedOpen.length).toBeGreaterThan(20);
    // As generated, every one of them would have expired by then…
    expect(generatedOpen.every((post) => Date.parse(post.expiresAt!) < nowMs)).toBe(true);

    // …but as loaded, they are open for a while yet, and none was posted in the future.
    const open = copiedRows(town, 'help_post', nowMs).filter((row) => row['status'] === 'OPEN');
    expect(open).toHaveLength(generatedOpen.length);
    for (const row of open) {
      expect(Date.parse(row['expires_at']!)).toBeGreaterThan(nowMs);
      expect(Date.parse(row['created_at']!)).toBeLessThanOrEqual(nowMs);
    }
  });

  it('keeps sessions on their weekday and families’ months on the first of a month', () => {
    const nowMs = Date.parse('2027-06-10T12:00:00Z');
    const sessions = copiedRows(town, 'session', nowMs);
    sessions.forEach((row, i) => {
      const generated = town.sessions[i]!;
      expect(row['start_date']).not.toBe(generated.startDate);
      expect(isoWeekday(Date.parse(`${row['start_date']}T00:00:00Z`))).toBe(
        isoWeekday(Date.parse(`${generated.startDate}T00:00:00Z`)),
      );
    });
    const households = copiedRows(town, 'household', nowMs);
    const months = households.flatMap((row) => [
      ...arrayItems(row['child_birth_months']!),
      ...(row['due_month'] === '\\N' ? [] : [row['due_month']!]),
    ]);
    expect(months.length).toBeGreaterThan(0);
    expect(months.every((month) => /^\d{4}-\d{2}-01$/.test(month))).toBe(true);
    const withDue = households.find((row) => row['due_month'] !== '\\N')!;
    const generated = town.households.find((household) => household.id === withDue['id'])!;
    expect(withDue['due_month']).not.toBe(generated.dueMonth);
    expect(withDue['due_month']! > '2027-06-01').toBe(true);
  });

  it('changes nothing when loaded on the generator’s own "today"', () => {
    const today = Date.parse(`${TOWN_TODAY}T09:00:00Z`);
    expect(copiedRows(town, 'help_post', today).map((row) => row['created_at'])).toEqual(
      town.helpPosts.map((post) => post.createdAt),
    );
  });
});
