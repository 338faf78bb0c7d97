import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { isEmail, IsString, Length, MaxLength, ValidateBy, ValidateNested } from 'class-validator';
import { ProfileInput } from '../../people/dto/profile.input';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../passwords';

/**
 * An email address. validator's isEmail throws (a URIError from encodeURI) on an unpaired UTF-16
 * surrogate, which JSON can carry, so such text is refused as not an address before it is asked.
 */
const IsEmailAddress = () =>
  ValidateBy({
    name: 'isEmailAddress',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && !/\p{Surrogate}/u.test(value) && isEmail(value),
      defaultMessage: () => 'email must be an email address',
    },
  });

const passwordLength = Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
  message: `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
});

@InputType()
export class SignUpInput {
  @Field()
  @IsEmailAddress()
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
  @IsEmailAddress()
  @MaxLength(254)
  email!: string;
}
