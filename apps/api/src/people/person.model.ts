import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HelpCategory } from '@village/shared';
import { Anyone, ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
import type { Loaders } from '../graphql/loaders';
import { Connection } from '../graphql/pagination';
import { HouseholdEntity } from './household.entity';
import { PersonEntity } from './person.entity';

@ObjectType('LifeStage', {
  description: "Where a family is: expecting, and children's ages. Never names.",
})
@PersonalData()
export class LifeStageModel {
  @Field()
  @Allow(ThroughParent)
  expecting!: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM of the due month, when expecting.' })
  @Allow(ThroughParent)
  dueMonth!: string | null;

  @Field(() => [Int], { description: "Each child's age in whole months, youngest first." })
  @Allow(ThroughParent)
  childAgesMonths!: number[];
}

@ObjectType('Person', {
  description:
    'A member. Anyone may see a name; the rest only the person, and those they allowed, may see.',
})
@PersonalData()
export class PersonModel {
  @Field(() => ID)
  @Allow(Anyone)
  id!: string;

  @Field({ description: 'The name they chose to be known by.' })
  @Allow(Anyone)
  displayName!: string;

  // Private fields, each served by a guarded resolver (PersonProfileResolver).
  areaCell!: string | null;
  languages!: string[];
  canOffer!: HelpCategory[];
  wouldLike!: HelpCategory[];
  suitableWeekdays!: number[];
  householdId!: string | null;
  helpGiven!: number;
  helpReceived!: number;
}

@ObjectType()
export class PersonConnection extends Connection(PersonModel, 'Person') {}

function monthsBetween(fromMonth: string, now: Date): number {
  const [year, month] = fromMonth.split('-').map(Number) as [number, number];
  return (now.getUTCFullYear() - year) * 12 + (now.getUTCMonth() + 1 - month);
}

export function lifeStageOf(household: HouseholdEntity | null, now = new Date()): LifeStageModel {
  const dueMonth = household?.dueMonth ?? null;
  const expecting = dueMonth !== null && monthsBetween(dueMonth, now) <= 0;
  const childAgesMonths = (household?.childBirthMonths ?? [])
    .map((birth) => monthsBetween(birth, now))
    .filter((age) => age >= 0)
    .sort((a, b) => a - b);
  return { expecting, dueMonth: expecting ? dueMonth!.slice(0, 7) : null, childAgesMonths };
}

/** The only way a person leaves the API: listed fields, so a new column cannot leak by itself. */
export function toPersonModel(person: PersonEntity): PersonModel {
  return {
    id: person.id,
    displayName: person.displayName,
    areaCell: person.areaCell,
    languages: person.languages,
    canOffer: person.canOffer,
    wouldLike: person.wouldLike,
    suitableWeekdays: person.suitableWeekdays,
    householdId: person.householdId,
    helpGiven: person.helpGiven,
    helpReceived: person.helpReceived,
  };
}

/** The person with this id as the API shows them, or null (no id, or no such person). */
export async function personModelOf(
  loaders: Loaders,
  id: string | null,
): Promise<PersonModel | null> {
  const person = id ? await loaders.byId(PersonEntity).load(id) : null;
  return person ? toPersonModel(person) : null;
}
