import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { requireExists } from '../database/find';
import { APP_CONFIG, DATA_SOURCE } from '../database/tokens';
import { newSecret } from '../security/tokens';
import { SessionEntity } from '../sessions/session.entity';
import { CalendarFeedTokenEntity } from './calendar-feed-token.entity';
import { privateCalendarPath } from './calendar-paths';
import { SavedSessionEntity } from './saved-session.entity';

/** A member's saved sessions and the private calendar address that lists them. */
@Injectable()
export class MyCalendarService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async save(personId: string, sessionId: string): Promise<void> {
    await requireExists(this.dataSource.manager, SessionEntity, sessionId, 'session');
    await this.dataSource
      .getRepository(SavedSessionEntity)
      .createQueryBuilder()
      .insert()
      .values({ personId, sessionId })
      .orIgnore()
      .execute();
  }

  async unsave(personId: string, sessionId: string): Promise<void> {
    await this.dataSource.getRepository(SavedSessionEntity).delete({ personId, sessionId });
  }

  saved(personId: string): Promise<SessionEntity[]> {
    return this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoin(SavedSessionEntity, 'v', 'v.session_id = s.id AND v.person_id = :personId', {
        personId,
      })
      .orderBy('v.saved_at', 'DESC')
      .getMany();
  }

  /** A new private address (the old one stops working); the token is shown only now. */
  async newFeed(personId: string): Promise<string> {
    const { token, hash } = newSecret();
    await this.dataSource
      .getRepository(CalendarFeedTokenEntity)
      .upsert({ personId, tokenHash: hash, createdAt: new Date() }, ['personId']);
    return this.config.publicUrl + privateCalendarPath(token);
  }

  async endFeed(personId: string): Promise<boolean> {
    const { affected } = await this.dataSource
      .getRepository(CalendarFeedTokenEntity)
      .delete({ personId });
    return Boolean(affected);
  }

  hasFeed(personId: string): Promise<boolean> {
    return this.dataSource.getRepository(CalendarFeedTokenEntity).existsBy({ personId });
  }
}
