import { Field, ObjectType } from '@nestjs/graphql';

/** What every subscription that catches up delivers: an event, with its place in the log. */
@ObjectType({ isAbstract: true })
export abstract class LogEventModel {
  @Field({
    description:
      'Keep the last one received: pass it as `since` when subscribing again to catch up on what was missed.',
  })
  cursor!: string;
}
