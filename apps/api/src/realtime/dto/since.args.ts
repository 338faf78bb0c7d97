import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';

/** The catch-up cursor every subscription backed by the event log takes. */
@ArgsType()
export class SinceArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'The furthest `cursor` this client received (or `liveCursor`, read with what it shows): what happened since then is sent first, then new events live. Events appended in the 5 seconds before it are sent again, since they can arrive out of order; drop what you already have by id.',
  })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'since must be a cursor this API gave out.' })
  since?: string | null;
}
