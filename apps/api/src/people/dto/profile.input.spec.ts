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

describe('the days that suit a person', () => {
  const dayProblems = async (suitableWeekdays: unknown) =>
    (await validate(plainToInstance(ProfileInput, { suitableWeekdays }))).flatMap((error) =>
      Object.values(error.constraints ?? {}),
    );

  it('takes ISO weekdays, none meaning any day', async () => {
    expect(await dayProblems([2, 4, 7])).toEqual([]);
    expect(await dayProblems([])).toEqual([]);
  });

  it('refuses days outside Monday to Sunday, fractions and repeats', async () => {
    expect(await dayProblems([0])).toEqual(['suitableWeekdays must be whole numbers from 1 to 7']);
    expect(await dayProblems([8])).toEqual(['suitableWeekdays must be whole numbers from 1 to 7']);
    expect(await dayProblems([1.5])).toEqual([
      'suitableWeekdays must be whole numbers from 1 to 7',
    ]);
    expect(await dayProblems([3, 3])).toEqual(['suitableWeekdays must not repeat a day']);
  });
});
