import type { EntityManager } from 'typeorm';
import type { ProfileInput } from './dto/profile.input';
import { PersonEntity } from './person.entity';
import { writeProfile } from './profile-writer';

// Only `save` is reached when the life stage is left alone.
const manager = {
  save: async (_entity: unknown, person: PersonEntity) => person,
} as unknown as EntityManager;
const amira = () => Object.assign(new PersonEntity(), { displayName: 'Amira B.', areaCell: null });

describe('writing a profile', () => {
  it('keeps the name when displayName is null, as every update input treats null', async () => {
    const input = { displayName: null, languages: ['ur'] } as unknown as ProfileInput;
    expect(await writeProfile(manager, amira(), input)).toMatchObject({
      displayName: 'Amira B.',
      languages: ['ur'],
    });
  });

  it('keeps the days that suit her in week order, clears them with none, and keeps them on null', async () => {
    const person = await writeProfile(manager, amira(), { suitableWeekdays: [6, 2, 4] });
    expect(person.suitableWeekdays).toEqual([2, 4, 6]);
    const kept = { suitableWeekdays: null } as unknown as ProfileInput;
    expect((await writeProfile(manager, person, kept)).suitableWeekdays).toEqual([2, 4, 6]);
    expect(
      (await writeProfile(manager, person, { suitableWeekdays: [] })).suitableWeekdays,
    ).toEqual([]);
  });

  it('refuses a blank name', async () => {
    await expect(writeProfile(manager, amira(), { displayName: '  ' })).rejects.toThrow(
      'displayName must not be blank',
    );
  });
});
