import { Field, ObjectType } from '@nestjs/graphql';
import { LogEventModel } from '../realtime/log-event.model';
import { HelpPostModel } from './help-post.model';

@ObjectType('HelpBoardEvent', {
  description: 'A help post that was posted or changed status, with the event’s place in the log.',
})
export class HelpBoardEventModel extends LogEventModel {
  @Field(() => HelpPostModel, { description: 'The post as it is now.' })
  helpPost!: HelpPostModel;
}
