import { ArgsType, Field, ID } from '@nestjs/graphql';
import { TieKind } from '@village/shared';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
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

  @Field(() => TieKind, { nullable: true })
  @IsOptional()
  @IsEnum(TieKind)
  kind?: TieKind | null;
}
