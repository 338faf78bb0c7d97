import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { requireExists } from '../database/find';
import { APP_CONFIG, DATA_SOURCE } from '../database/tokens';
import { newSecret } from '../security/tokens';
import { GoingService } from '../going/going.service';
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
    private readonly going: GoingService,
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

  /**
   * What a person's private feed lists: each saved session with all its dates, then each date they
   * are going to of a session they did not save, as an event of its own (a one-date copy of the
   * session with its own id, so its calendar UID differs from the whole session's).
   */
  async privateFeedSessions(personId: string): Promise<SessionEntity[]> {
    const saved = await this.saved(personId);
    const savedIds = new Set(saved.map((session) => session.id));
    const goingDates = (await this.going.goingOccurrencesOf(personId))
      .filter(({ session }) => !savedIds.has(session.id))
      .map(({ session, occursOn, occurrence }) => oneDate(session, occursOn, occurrence.start));
    return [
      ...saved.sort((a, b) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1)),
      ...goingDates,
    ];
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

/** One date of a session as a session of its own that happens once, at that date's start. */
function oneDate(session: SessionEntity, occursOn: string, start: Date): SessionEntity {
  const local = new Intl.DateTimeFormat('en-CA', {
    timeZone: session.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(start);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    local.find((p) => p.type === type)?.value ?? '00';
  return {
    ...session,
    id: `${session.id}-${occursOn}`,
    recurrence: 'FREQ=DAILY;COUNT=1',
    startDate: `${part('year')}-${part('month')}-${part('day')}`,
    startTime: `${part('hour')}:${part('minute')}`,
    cancelledDates: [],
  };
}
