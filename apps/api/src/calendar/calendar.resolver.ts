import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Anyone } from '../access/policies';
import { Allow } from '../access/policy';
import { GroupEntity } from '../groups/group.entity';
import { GroupModel } from '../groups/group.model';
import { SessionEntity } from '../sessions/session.entity';
import { SessionModel } from '../sessions/session.model';
import { groupCalendarPath, sessionCalendarPath } from './calendar-paths';

@Resolver(() => SessionModel)
export class SessionCalendarResolver {
  @ResolveField(() => String, {
    description: 'Path of this session’s public iCalendar feed, relative to the site.',
  })
  @Allow(Anyone)
  icalUrl(@Parent() session: SessionEntity): string {
    return sessionCalendarPath(session.id);
  }
}

@Resolver(() => GroupModel)
export class GroupCalendarResolver {
  @ResolveField(() => String, {
    description:
      'Path of the public iCalendar feed of all the group’s sessions, relative to the site.',
  })
  @Allow(Anyone)
  icalUrl(@Parent() group: GroupEntity): string {
    return groupCalendarPath(group.slug);
  }
}
