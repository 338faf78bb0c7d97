import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class PasswordArgs {
  @Field({ description: 'My password, to be sure it is me.' })
  @IsString()
  @MaxLength(200)
  password!: string;
}
