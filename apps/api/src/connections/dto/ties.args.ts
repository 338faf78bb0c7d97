import { ArgsType, Field, ID } from '@nestjs/graphql';
import { TieKind } from '@village/shared';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../graphql/pagination';

@ArgsType()
export class TiesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Ties at either end of which is this person.' })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be an id' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Ties at either end of which is this group.' })
  @IsOptional()
  @IsUUID('all', { message: 'groupId must be an id' })
  groupId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why you are looking at a person’s ties (audited). Required of the safeguarding lead.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  purpose?: string | null;

  @Field(() => TieKind, { nullable: true })
  @IsOptional()
  @IsEnum(TieKind)
  kind?: TieKind | null;
}
