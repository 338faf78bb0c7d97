import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsUUID, Matches } from 'class-validator';

@ArgsType()
export class SessionDateArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be an id' })
  sessionId!: string;

  @Field({ description: 'Which date: its local date as the session’s rule gives it (YYYY-MM-DD).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'occursOn must be a date like 2026-05-04' })
  occursOn!: string;
}

@ArgsType()
export class GoToSessionArgs extends SessionDateArgs {
  @Field({
    defaultValue: false,
    description: 'Let the organisers of the session’s group see my name (otherwise only counted).',
  })
  @IsBoolean()
  shareNameWithOrganisers: boolean = false;
}
