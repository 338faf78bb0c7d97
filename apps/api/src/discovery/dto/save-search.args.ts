import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsString, Length, ValidateNested } from 'class-validator';
import { SessionSearchInput } from './session-search.args';

@ArgsType()
export class SaveSearchArgs {
  @Field({ description: 'What to call it, e.g. "Tuesday mornings in Urdu".' })
  @IsString()
  @Length(1, 80, { message: 'name must be 1 to 80 characters' })
  name!: string;

  @Field(() => SessionSearchInput)
  @ValidateNested()
  @Type(() => SessionSearchInput)
  search!: SessionSearchInput;
}
