import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ProfileInput } from './profile.input';

const problems = async (lifeStage: Record<string, unknown>) =>
  (await validate(plainToInstance(ProfileInput, { lifeStage }))).flatMap((error) =>
    (error.children ?? []).flatMap((child) => Object.values(child.constraints ?? {})),
  );

describe('a profile’s life stage', () => {
  it('takes months written YYYY-MM', async () => {
    expect(await problems({ dueMonth: '2027-03', childBirthMonths: ['2026-05'] })).toEqual([]);
  });

  it('refuses year 0000, which PostgreSQL cannot store as a date', async () => {
    expect(await problems({ dueMonth: '0000-01', childBirthMonths: [] })).toEqual([
      'dueMonth must be a month written YYYY-MM',
    ]);
    expect(await problems({ childBirthMonths: ['0000-12'] })).toEqual([
      'childBirthMonths must be months written YYYY-MM',
    ]);
  });
});
