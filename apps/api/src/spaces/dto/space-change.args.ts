import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { IsPlainText } from '../../graphql/text-validation';
import { SpaceChangeStatus } from '../space-change-proposal.entity';
import { UpdateSpaceInput } from './space.input';

@ArgsType()
export class ProposeSpaceChangeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'spaceId must be an id' })
  spaceId!: string;

  @Field(() => UpdateSpaceInput, { description: 'Only the fields to change.' })
  @ValidateNested()
  @Type(() => UpdateSpaceInput)
  input!: UpdateSpaceInput;

  @Field({ defaultValue: '', description: 'Why: the stewards read it before deciding.' })
  @IsString()
  @MaxLength(500, { message: 'note must be at most 500 characters' })
  @IsPlainText({ lineBreaks: true })
  note!: string;
}

@ArgsType()
export class DecideSpaceChangeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field({ defaultValue: '', description: 'A word to the proposer.' })
  @IsString()
  @MaxLength(500, { message: 'note must be at most 500 characters' })
  @IsPlainText({ lineBreaks: true })
  note!: string;
}

@ArgsType()
export class SpaceChangeProposalsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'spaceId must be an id' })
  spaceId!: string;

  @Field(() => SpaceChangeStatus, {
    nullable: true,
    description: 'Only suggestions in this state.',
  })
  @IsOptional()
  status?: SpaceChangeStatus | null;
}
