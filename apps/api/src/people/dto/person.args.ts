import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IdArgs } from '../../graphql/id.args';

@ArgsType()
export class PersonArgs extends IdArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Why you are looking, recorded in the audit log the person can read. Required of the safeguarding lead.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  purpose?: string | null;
}
