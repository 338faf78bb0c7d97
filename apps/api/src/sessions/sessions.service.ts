import { Inject, Injectable } from '@nestjs/common';
import {
  nextOccurrences,
  Occurrence,
  occurrenceOn,
  occurrencesBetween,
  RecurringSchedule,
  recurrenceRuleProblem,
} from '@village/shared';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { DATA_SOURCE } from '../database/tokens';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { changesFrom } from '../graphql/changes';
import { GroupEntity } from '../groups/group.entity';
import { badInput } from '../graphql/domain-error';
import { Page, paginate } from '../graphql/pagination';
import { SpaceEntity } from '../spaces/space.entity';
import { screenListingText } from '../screening/screen-text';
import { CreateSessionInput, UpdateSessionInput } from './dto/session.input';
import { SessionFilterArgs, SessionsArgs, UpcomingSessionsArgs } from './dto/sessions.args';
import { SessionEntity } from './session.entity';
import { findOrNotFound, requireExists } from '../database/find';

/** 9999-12-31T23:59:59.999Z, the last instant the DateTime scalar accepts. */
const LAST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const DAY_MS = 86_400_000;

export function scheduleOf(session: SessionEntity): RecurringSchedule {
  return {
    rule: session.recurrence,
    startDate: session.startDate,
    startTime: session.startTime.slice(0, 5),
    durationMinutes: session.durationMinutes,
    timeZone: session.timeZone,
    cancelledDates: session.cancelledDates,
  };
}

function checkSchedule(
  session: Pick<SessionEntity, 'recurrence' | 'minAgeMonths' | 'maxAgeMonths'>,
): void {
  const problem = recurrenceRuleProblem(session.recurrence);
  if (problem) throw badInput(problem, 'recurrence');
  if (session.minAgeMonths > session.maxAgeMonths)
    throw badInput('The youngest age must not be above the oldest age.', 'minAgeMonths');
}

/** A session's public text goes through the same screening as posts (screening/screen-text.ts). */
function screenSessionText(input: UpdateSessionInput): void {
  if (input.title != null) screenListingText(input.title, 'title');
  if (input.description != null) screenListingText(input.description, 'description');
}

function applyFilters(query: SelectQueryBuilder<SessionEntity>, filter: SessionFilterArgs): void {
  if (filter.language)
    query.andWhere(':language = ANY(s.languages)', { language: filter.language });
  if (filter.ageMonths != null)
    query.andWhere(':age BETWEEN s.min_age_months AND s.max_age_months', { age: filter.ageMonths });
  if (filter.freeOnly) query.andWhere('s.cost_pence = 0');
}

@Injectable()
export class SessionsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
  ) {}

  list(args: SessionsArgs): Promise<Page<SessionEntity>> {
    const query = this.dataSource.getRepository(SessionEntity).createQueryBuilder('s');
    if (args.groupId) query.andWhere('s.group_id = :groupId', { groupId: args.groupId });
    if (args.spaceId) query.andWhere('s.space_id = :spaceId', { spaceId: args.spaceId });
    applyFilters(query, args);
    return paginate(query, {
      sortBy: 's.title',
      sortValue: (s) => s.title,
      first: args.first,
      after: args.after,
    });
  }

  async get(id: string): Promise<SessionEntity> {
    return findOrNotFound(this.dataSource.manager, SessionEntity, { id }, 'session');
  }

  /**
   * Dates of all matching sessions within a window, soonest first. Expands every matching rule in
   * memory: right for a town's few hundred sessions; discovery by distance will narrow in SQL first.
   */
  async upcoming(
    args: UpcomingSessionsArgs,
    now = new Date(),
  ): Promise<{ startsAt: Date; endsAt: Date; session: SessionEntity }[]> {
    const from = args.from ?? now;
    // The window ends at the last instant a DateTime may name, so a search from late in year 9999
    // asks PostgreSQL for no date it cannot write.
    const to = new Date(Math.min(from.getTime() + args.days * DAY_MS, LAST_INSTANT));
    const query = this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.start_date < :to', { to: to.toISOString().slice(0, 10) });
    applyFilters(query, args);
    const sessions = await query.getMany();
    return sessions
      .flatMap((session) =>
        occurrencesBetween(scheduleOf(session), from, to, args.first).map((o) => ({
          startsAt: o.start,
          endsAt: o.end,
          session,
        })),
      )
      .sort(
        (a, b) =>
          a.startsAt.getTime() - b.startsAt.getTime() ||
          a.session.title.localeCompare(b.session.title),
      )
      .slice(0, args.first);
  }

  nextOccurrences(session: SessionEntity, count: number, from = new Date()): Occurrence[] {
    return nextOccurrences(scheduleOf(session), from, count);
  }

  /** The date of `session` named `occursOn` (the local date its rule gives), or null if none. */
  occurrenceOn(session: SessionEntity, occursOn: string): Occurrence | null {
    return occurrenceOn(scheduleOf(session), occursOn);
  }

  async create(input: CreateSessionInput): Promise<SessionEntity> {
    screenSessionText(input);
    checkSchedule(input);
    await requireExists(this.dataSource.manager, GroupEntity, input.groupId, 'group');
    await requireExists(this.dataSource.manager, SpaceEntity, input.spaceId, 'space');
    const session = await this.dataSource
      .getRepository(SessionEntity)
      .save({ ...input, title: input.title.trim(), capacity: input.capacity ?? null });
    await this.announce(session.id);
    return session;
  }

  /** After the write commits, so saved searches that fit it can tell their owners. */
  private announce(sessionId: string): Promise<void> {
    return this.pubSub.publish(topics.sessionsChanged, { sessionId });
  }

  async update(id: string, input: UpdateSessionInput): Promise<SessionEntity> {
    screenSessionText(input);
    const session = await this.get(id);
    const changes = changesFrom(input);
    const updated = { ...session, ...changes };
    checkSchedule(updated);
    if (input.spaceId)
      await requireExists(this.dataSource.manager, SpaceEntity, input.spaceId, 'space');
    const saved = await this.dataSource.getRepository(SessionEntity).save(updated);
    await this.announce(saved.id);
    return saved;
  }
}
