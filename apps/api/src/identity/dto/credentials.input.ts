import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { ProfileInput } from '../../people/dto/profile.input';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../passwords';

const passwordLength = Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
  message: `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
});

@InputType()
export class SignUpInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @passwordLength
  password!: string;

  @Field(() => ProfileInput, { description: 'displayName is required; the rest can come later.' })
  @ValidateNested()
  @Type(() => ProfileInput)
  profile!: ProfileInput;
}

@InputType()
export class SignInInput {
  @Field()
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the emailed link.' })
  @IsString()
  @Length(20, 100)
  token!: string;

  @Field()
  @IsString()
  @passwordLength
  newPassword!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @Field()
  @IsString()
  @passwordLength
  newPassword!: string;
}

@ArgsType()
export class EmailArgs {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;
}
