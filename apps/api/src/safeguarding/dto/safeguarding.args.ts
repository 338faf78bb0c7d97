import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { SafeguardingConcernStatus } from '@village/shared';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageArgs } from '../../graphql/pagination';

@InputType()
export class RaiseSafeguardingConcernInput {
  @Field({ description: 'What worries you, in your own words.' })
  @IsString()
  @MinLength(10, { message: 'Tell the safeguarding lead a little more (at least 10 characters).' })
  @MaxLength(4000)
  concern!: string;

  @Field(() => ID, { nullable: true, description: 'The person it is about, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'aboutPersonId must be an id' })
  aboutPersonId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A help post it is about, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'helpPostId must be an id' })
  helpPostId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A message in one of my exchanges, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'messageId must be an id' })
  messageId?: string | null;
}

@ArgsType()
export class SafeguardingConcernsArgs extends PageArgs {
  @Field(() => SafeguardingConcernStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SafeguardingConcernStatus)
  status?: SafeguardingConcernStatus | null;
}

@ArgsType()
export class UpdateSafeguardingConcernArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => SafeguardingConcernStatus)
  @IsEnum(SafeguardingConcernStatus)
  status!: SafeguardingConcernStatus;

  @Field(() => String, { nullable: true, description: 'Replaces the leads’ notes when given.' })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  leadNotes?: string | null;
}
