import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PartOfDay } from '@village/shared';
import { IsEnum, IsInt, Max, Min } from 'class-validator';

@ObjectType('AvailabilitySlot', { description: 'A part of one day of the week.' })
export class AvailabilitySlotModel {
  @Field(() => Int, { description: 'ISO weekday: 1 is Monday, 7 is Sunday.' })
  weekday!: number;

  @Field(() => PartOfDay)
  partOfDay!: PartOfDay;
}

@InputType()
export class AvailabilitySlotInput {
  @Field(() => Int, { description: 'ISO weekday: 1 is Monday, 7 is Sunday.' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @Field(() => PartOfDay)
  @IsEnum(PartOfDay)
  partOfDay!: PartOfDay;
}
