import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { IsPlainText } from '../../graphql/text-validation';

@ArgsType()
export class ProposePartnershipArgs {
  @Field(() => ID, { description: 'The group proposing: one the viewer organises.' })
  @IsUUID('all', { message: 'fromGroupId must be an id' })
  fromGroupId!: string;

  @Field(() => ID, { description: 'The group asked to partner.' })
  @IsUUID('all', { message: 'toGroupId must be an id' })
  toGroupId!: string;

  @Field({ defaultValue: '', description: 'A word to the other group’s organisers.' })
  @IsString()
  @MaxLength(500, { message: 'note must be at most 500 characters' })
  @IsPlainText({ lineBreaks: true })
  note!: string;
}
