import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HelpCategory } from '@village/shared';
import { Connection } from '../graphql/pagination';
import { HouseholdEntity } from './household.entity';
import { PersonEntity } from './person.entity';

@ObjectType('LifeStage', {
  description: "Where a family is: expecting, and children's ages. Never names.",
})
export class LifeStageModel {
  @Field()
  expecting!: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM of the due month, when expecting.' })
  dueMonth!: string | null;

  @Field(() => [Int], { description: "Each child's age in whole months, youngest first." })
  childAgesMonths!: number[];
}

@ObjectType('Person', { description: 'A member. Only an approximate home area is ever kept.' })
export class PersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'Coarse H3 cell (resolution 8, about 0.7 km²) of home.' })
  areaCell!: string;

  @Field(() => [String])
  languages!: string[];

  @Field(() => [HelpCategory])
  canOffer!: HelpCategory[];

  @Field(() => [HelpCategory])
  wouldLike!: HelpCategory[];

  householdId!: string | null;
}

@ObjectType('Household', { description: 'The family unit, as community workers think of it.' })
export class HouseholdModel {
  @Field(() => ID)
  id!: string;

  @Field()
  areaCell!: string;

  @Field(() => LifeStageModel)
  lifeStage!: LifeStageModel;
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
    householdId: person.householdId,
  };
}

export function toHouseholdModel(household: HouseholdEntity): HouseholdModel {
  return { id: household.id, areaCell: household.areaCell, lifeStage: lifeStageOf(household) };
}
