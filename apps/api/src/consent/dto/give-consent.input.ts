import { Field, ID, InputType } from '@nestjs/graphql';
import { ConsentKind } from '@village/shared';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';

@InputType()
export class GiveConsentInput {
  @Field(() => ConsentKind)
  @IsEnum(ConsentKind)
  kind!: ConsentKind;

  @Field(() => ID, {
    nullable: true,
    description:
      'The organisation (a group) whose workers may support me: SUPPORTED_BY_ORGANISATION only.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an id' })
  organisationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the support is for, in my words: SUPPORTED_BY_ORGANISATION only.',
  })
  @IsOptional()
  @IsString()
  @Length(3, 300, { message: 'purpose must be 3 to 300 characters' })
  purpose?: string | null;
}
