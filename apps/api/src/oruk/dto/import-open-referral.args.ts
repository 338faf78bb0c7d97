import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class ImportOpenReferralArgs {
  @Field({
    description:
      'An Open Referral (HSDS 3.0 / ORUK) directory as JSON text. Large directories: use the CLI.',
  })
  @IsString()
  @MinLength(2, { message: 'json must be an Open Referral directory' })
  json!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Names the directory its ids belong to (default open-referral); importing it again with the same source updates.',
  })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9._-]*$/i, {
    message: 'source must be letters, digits, dots, dashes or underscores',
  })
  @MaxLength(60)
  source?: string | null;
}
