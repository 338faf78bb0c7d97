import { Field, ObjectType } from '@nestjs/graphql';
import { HelpPostModel } from './help-post.model';

@ObjectType('HelpBoardEvent', {
  description: 'A new help post, with its place in the board’s event log.',
})
export class HelpBoardEventModel {
  @Field({
    description:
      'Keep the last one received: pass it as `since` when subscribing again to catch up on what was missed.',
  })
  cursor!: string;

  @Field(() => HelpPostModel)
  helpPost!: HelpPostModel;
}
