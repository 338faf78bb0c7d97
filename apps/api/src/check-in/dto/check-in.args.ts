import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

/** One date of a session: the session and the local date its rule gives the date. */
@ArgsType()
export class SessionDateArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be an id' })
  sessionId!: string;

  @Field({ description: 'The date’s local date (YYYY-MM-DD) as the session’s rule gives it.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'occursOn must be a date such as 2026-12-07' })
  occursOn!: string;
}

@ArgsType()
export class MarkAttendedArgs extends SessionDateArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;

  @Field({ description: 'True to tick the person, false to untick them.' })
  @IsBoolean()
  attended!: boolean;
}

export const MAX_GUESTS = 500;

@ArgsType()
export class SetHeadcountArgs extends SessionDateArgs {
  @Field(() => Int, { description: 'People there without an account, 0 to 500.' })
  @IsInt()
  @Min(0, { message: 'guests must be 0 or more' })
  @Max(MAX_GUESTS, { message: `guests must be at most ${MAX_GUESTS}` })
  guests!: number;
}

@ArgsType()
export class CheckInArgs {
  @Field({ description: 'The code shown at the venue (any case; spaces and dashes are ignored).' })
  @IsString()
  @MaxLength(20, { message: 'code is the 6 letters and digits shown at the venue' })
  code!: string;
}
