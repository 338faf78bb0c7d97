import type { EntityManager } from 'typeorm';
import { changesFrom } from '../graphql/changes';
import { badInput } from '../graphql/domain-error';
import type { LifeStageInput, ProfileInput } from './dto/profile.input';
import { HouseholdEntity } from './household.entity';
import { PersonEntity } from './person.entity';

const firstOfMonth = (month: string) => `${month}-01`;

/** Writes a person's own profile, and their household's life stage, inside the caller's transaction. */
export async function writeProfile(
  manager: EntityManager,
  person: PersonEntity,
  input: ProfileInput,
): Promise<PersonEntity> {
  const { lifeStage, ...fields } = input;
  // Null, like absent, keeps the stored name (changesFrom); only a blank one is refused.
  if (fields.displayName?.trim() === '')
    throw badInput('displayName must not be blank', 'displayName');
  Object.assign(person, changesFrom(fields));
  // Giving no area at all is a real choice, so an explicit null clears it.
  if (fields.areaCell === null) person.areaCell = null;
  // Kept in week order, so the profile and the discover page's filter read Monday first.
  if (fields.suitableWeekdays)
    person.suitableWeekdays = [...fields.suitableWeekdays].sort((a, b) => a - b);
  if (lifeStage !== undefined)
    person.householdId = await writeLifeStage(manager, person, lifeStage);
  return manager.save(PersonEntity, person);
}

async function writeLifeStage(
  manager: EntityManager,
  person: PersonEntity,
  lifeStage: LifeStageInput | null,
): Promise<string | null> {
  const values = {
    dueMonth: lifeStage?.dueMonth ? firstOfMonth(lifeStage.dueMonth) : null,
    childBirthMonths: (lifeStage?.childBirthMonths ?? []).map(firstOfMonth),
    areaCell: person.areaCell,
  };
  if (person.householdId) {
    await manager.update(HouseholdEntity, { id: person.householdId }, values);
    return person.householdId;
  }
  if (!lifeStage) return null;
  const household = await manager.save(HouseholdEntity, manager.create(HouseholdEntity, values));
  return household.id;
}
