import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { AccountRole, VettingCheck } from '@village/shared';
import { IsEnum, IsISO8601, IsUUID } from 'class-validator';
import { PageArgs } from '../../graphql/pagination';

@ArgsType()
export class RoleArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;

  @Field(() => AccountRole)
  @IsEnum(AccountRole)
  role!: AccountRole;
}

@InputType()
export class RecordVettingInput {
  @Field(() => ID, { description: 'The worker.' })
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;

  @Field(() => ID, { description: 'The organisation (a group) they work for.' })
  @IsUUID('all', { message: 'organisationId must be an id' })
  organisationId!: string;

  @Field(() => VettingCheck)
  @IsEnum(VettingCheck)
  checkType!: VettingCheck;

  @Field({ description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'issuedOn must be a date written YYYY-MM-DD' })
  issuedOn!: string;

  @Field({ description: 'YYYY-MM-DD: the first day the check no longer counts.' })
  @IsISO8601({ strict: true }, { message: 'expiresOn must be a date written YYYY-MM-DD' })
  expiresOn!: string;
}

@ArgsType()
export class OrganisationPageArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an id' })
  organisationId!: string;
}

@ArgsType()
export class GroupPageArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'groupId must be an id' })
  groupId!: string;
}
