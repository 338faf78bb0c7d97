import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { findByIds } from '../database/find';
import { APP_CONFIG, DATA_SOURCE } from '../database/tokens';
import { GroupEntity } from '../groups/group.entity';
import { hashSecret } from '../security/tokens';
import { SessionEntity } from '../sessions/session.entity';
import { scheduleOf } from '../sessions/sessions.service';
import { SpaceEntity } from '../spaces/space.entity';
import { Feed, FeedSession } from './calendar-feed';
import { CalendarFeedTokenEntity } from './calendar-feed-token.entity';
import { MyCalendarService } from './my-calendar.service';
import { groupCalendarPath, privateCalendarPath, sessionCalendarPath } from './calendar-paths';

/** Reads what the public feeds show: sessions with their group and space. Null when not found. */
@Injectable()
export class CalendarService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly myCalendar: MyCalendarService,
  ) {}

  async sessionFeed(sessionId: string): Promise<Feed | null> {
    const session = await this.dataSource.getRepository(SessionEntity).findOneBy({ id: sessionId });
    if (!session) return null;
    const group = await this.dataSource
      .getRepository(GroupEntity)
      .findOneByOrFail({ id: session.groupId });
    const [feedSession] = await this.feedSessions([session]);
    return {
      name: session.title,
      description: `${session.title}, run by ${group.name}.`,
      source: this.config.publicUrl + sessionCalendarPath(session.id),
      sessions: feedSession ? [feedSession] : [],
    };
  }

  async groupFeed(slug: string): Promise<Feed | null> {
    const group = await this.dataSource.getRepository(GroupEntity).findOneBy({ slug });
    if (!group) return null;
    const sessions = await this.dataSource
      .getRepository(SessionEntity)
      .find({ where: { groupId: group.id }, order: { title: 'ASC', id: 'ASC' } });
    return {
      name: group.name,
      description: group.description.trim() || undefined,
      source: this.config.publicUrl + groupCalendarPath(group.slug),
      sessions: await this.feedSessions(sessions),
    };
  }

  /** The sessions saved by the owner of a private feed token, or null for an unknown token. */
  async privateFeed(token: string): Promise<Feed | null> {
    const owner = await this.dataSource
      .getRepository(CalendarFeedTokenEntity)
      .findOneBy({ tokenHash: hashSecret(token) });
    if (!owner) return null;
    const sessions = await this.myCalendar.privateFeedSessions(owner.personId);
    return {
      name: 'My Village sessions',
      description: 'The sessions you saved in Village and the dates you are going to.',
      source: this.config.publicUrl + privateCalendarPath(token),
      sessions: await this.feedSessions(sessions),
    };
  }

  private async feedSessions(sessions: SessionEntity[]): Promise<FeedSession[]> {
    const [spaceById, groupById] = await Promise.all([
      findByIds(
        this.dataSource.manager,
        SpaceEntity,
        sessions.map((session) => session.spaceId),
      ),
      findByIds(
        this.dataSource.manager,
        GroupEntity,
        sessions.map((session) => session.groupId),
      ),
    ]);
    return sessions.flatMap((session) => {
      const space = spaceById.get(session.spaceId);
      const group = groupById.get(session.groupId);
      if (!space || !group) return [];
      return [
        {
          id: session.id,
          title: session.title,
          description: session.description,
          schedule: scheduleOf(session),
          groupName: group.name,
          place: {
            name: space.name,
            address: space.address,
            postcode: space.postcode,
            latitude: space.latitude,
            longitude: space.longitude,
          },
          // Sessions have no page of their own yet: their group's page lists them.
          url: `${this.config.publicUrl}/groups/${group.id}`,
          createdAt: session.createdAt,
          updatedAt: session.updatedAt,
        },
      ];
    });
  }
}
