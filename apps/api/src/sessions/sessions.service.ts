import { Inject, Injectable } from '@nestjs/common';
import {
  isRuleDate,
  nextOccurrences,
  DatedOccurrence,
  OccurrenceOptions,
  occurrenceOn,
  occurrencesBetween,
  RecurringSchedule,
  recurrenceRuleProblem,
  timeOn,
  wallTimeToInstant,
} from '@village/shared';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AccessBasisKind } from '../access/access-basis';
import type { RequestAccess } from '../access/request-access';
import { AuditLog } from '../audit/audit-log';
import { DATA_SOURCE } from '../database/tokens';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { changesFrom } from '../graphql/changes';
import { GroupEntity } from '../groups/group.entity';
import { badInput, notFound } from '../graphql/domain-error';
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
    movedDates: session.movedDates ?? {},
    timeChanges: session.timeChanges ?? [],
  };
}

/** One date of a session as GraphQL's SessionOccurrence gives it. */
export interface SessionOccurrence {
  occursOn: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  cancellationReason: string | null;
  movedFrom: Date | null;
  session: SessionEntity;
}

export function toSessionOccurrence(session: SessionEntity, o: DatedOccurrence): SessionOccurrence {
  return {
    occursOn: o.occursOn,
    startsAt: o.start,
    endsAt: o.end,
    cancelled: o.cancelled,
    cancellationReason: o.cancelled ? (session.cancellationReasons?.[o.occursOn] ?? null) : null,
    movedFrom: o.movedFrom,
    session,
  };
}

/** Audit actions name the session (and the date), so "who changed this session" is one look. */
type SessionAction =
  | 'created'
  | 'updated'
  | 'deleted'
  | 'date-cancelled'
  | 'date-restored'
  | 'date-moved'
  | 'time-changed';

const without = <T>(record: Record<string, T> | undefined, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record ?? {}).filter(([k]) => k !== key));

/** The start time and length in force on a date of the session. */
function timeOnDate(session: SessionEntity, date: string) {
  return timeOn(scheduleOf(session), date);
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
    private readonly audit: AuditLog,
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
  async upcoming(args: UpcomingSessionsArgs, now = new Date()): Promise<SessionOccurrence[]> {
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
        occurrencesBetween(scheduleOf(session), from, to, args.first, {
          includeCancelled: args.includeCancelled,
        }).map((o) => toSessionOccurrence(session, o)),
      )
      .sort(
        (a, b) =>
          a.startsAt.getTime() - b.startsAt.getTime() ||
          a.session.title.localeCompare(b.session.title),
      )
      .slice(0, args.first);
  }

  nextOccurrences(
    session: SessionEntity,
    count: number,
    from = new Date(),
    options: OccurrenceOptions = {},
  ): DatedOccurrence[] {
    return nextOccurrences(scheduleOf(session), from, count, options);
  }

  /**
   * The date of `session` named `occursOn` (the local date its rule gives), at its moved or changed
   * time; null if the rule has none that day, or it is cancelled (unless `includeCancelled`).
   */
  occurrenceOn(
    session: SessionEntity,
    occursOn: string,
    options: OccurrenceOptions = {},
  ): DatedOccurrence | null {
    return occurrenceOn(scheduleOf(session), occursOn, options);
  }

  /** The next dates as GraphQL gives them, cancelled ones included when asked for. */
  occurrences(
    session: SessionEntity,
    count: number,
    from: Date,
    includeCancelled: boolean,
  ): SessionOccurrence[] {
    return this.nextOccurrences(session, count, from, { includeCancelled }).map((o) =>
      toSessionOccurrence(session, o),
    );
  }

  /** One date as GraphQL gives it (cancelled ones too), or null when the rule has none that day. */
  occurrence(session: SessionEntity, occursOn: string): SessionOccurrence | null {
    const found = this.occurrenceOn(session, occursOn, { includeCancelled: true });
    return found && toSessionOccurrence(session, found);
  }

  /** Deletes a session with its dates, going and saved rows (their foreign keys cascade). Audited. */
  async delete(id: string, access: RequestAccess): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const session = await this.lock(manager, id);
      await manager.delete(SessionEntity, { id });
      await this.record(manager, access, session, 'deleted');
    });
    await this.announce(id);
    return true;
  }

  /** Calls one date off with a reason for the people going; a moved date is called off instead. */
  async cancelDate(
    sessionId: string,
    occursOn: string,
    reason: string,
    access: RequestAccess,
  ): Promise<SessionOccurrence> {
    screenListingText(reason, 'reason');
    return this.changeDate(sessionId, occursOn, 'date-cancelled', access, (session) => ({
      cancelledDates: [...new Set([...session.cancelledDates, occursOn])].sort(),
      cancellationReasons: { ...session.cancellationReasons, [occursOn]: reason.trim() },
      movedDates: without(session.movedDates, occursOn),
    }));
  }

  /** Undoes a cancellation or a move: the date happens as the rule gives it. */
  async restoreDate(
    sessionId: string,
    occursOn: string,
    access: RequestAccess,
  ): Promise<SessionOccurrence> {
    return this.changeDate(sessionId, occursOn, 'date-restored', access, (session) => {
      if (!session.cancelledDates.includes(occursOn) && !session.movedDates?.[occursOn])
        throw badInput(`${occursOn} is neither cancelled nor moved.`, 'occursOn');
      return {
        cancelledDates: session.cancelledDates.filter((date) => date !== occursOn),
        cancellationReasons: without(session.cancellationReasons, occursOn),
        movedDates: without(session.movedDates, occursOn),
      };
    });
  }

  /** Moves one date to another local date and time; it keeps its name (`occursOn`). */
  async moveDate(
    sessionId: string,
    occursOn: string,
    toDate: string,
    toTime: string,
    access: RequestAccess,
    now = new Date(),
  ): Promise<SessionOccurrence> {
    return this.changeDate(sessionId, occursOn, 'date-moved', access, (session) => {
      if (session.cancelledDates.includes(occursOn))
        throw badInput(`${occursOn} is cancelled: restore it before moving it.`, 'occursOn');
      const [year, month, day] = toDate.split('-').map(Number) as [number, number, number];
      const [hour, minute] = toTime.split(':').map(Number) as [number, number];
      const to = wallTimeToInstant(Date.UTC(year, month - 1, day, hour, minute), session.timeZone);
      if (to <= now) throw badInput('A date can only move to a time still to come.', 'toDate');
      return { movedDates: { ...session.movedDates, [occursOn]: { toDate, toTime } } };
    });
  }

  /**
   * From `fromDate` (a date of the rule) on, dates start at `startTime` (and last `durationMinutes`).
   * Stored as a time change on the session, so every date keeps its name and the people going keep
   * their dates; from the first date it simply changes the session's own time. Later changes are
   * replaced by this one; moved dates stay where they were moved.
   */
  async changeTimeFrom(
    sessionId: string,
    fromDate: string,
    startTime: string,
    durationMinutes: number | null | undefined,
    access: RequestAccess,
  ): Promise<SessionEntity> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const session = await this.lock(manager, sessionId);
      this.requireRuleDate(session, fromDate, 'fromDate');
      const length = durationMinutes ?? timeOnDate(session, fromDate).durationMinutes;
      const earlier = (session.timeChanges ?? []).filter((change) => change.fromDate < fromDate);
      const changes: Partial<SessionEntity> =
        fromDate <= session.startDate
          ? { startTime, durationMinutes: length, timeChanges: [] }
          : { timeChanges: [...earlier, { fromDate, startTime, durationMinutes: length }] };
      await manager.update(SessionEntity, { id: sessionId }, changes);
      await this.record(manager, access, session, 'time-changed', fromDate);
      return { ...session, ...changes };
    });
    await this.announce(sessionId);
    return saved;
  }

  /** One date's change: the session locked, the date checked, the change and its audit together. */
  private async changeDate(
    sessionId: string,
    occursOn: string,
    action: SessionAction,
    access: RequestAccess,
    change: (session: SessionEntity) => Partial<SessionEntity>,
  ): Promise<SessionOccurrence> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const session = await this.lock(manager, sessionId);
      this.requireRuleDate(session, occursOn, 'occursOn');
      const changes = change(session);
      await manager.update(SessionEntity, { id: sessionId }, changes);
      await this.record(manager, access, session, action, occursOn);
      return { ...session, ...changes };
    });
    await this.announce(sessionId);
    return this.occurrence(saved, occursOn)!;
  }

  /** The session's row, locked until the transaction ends, so two changes to it queue. */
  private lock(manager: EntityManager, id: string): Promise<SessionEntity> {
    return manager
      .getRepository(SessionEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      .then((session) => {
        if (!session) throw notFound('session');
        return session;
      });
  }

  private requireRuleDate(session: SessionEntity, date: string, field: string): void {
    if (!isRuleDate(scheduleOf(session), date))
      throw badInput(
        `${date} is not a date of this session: choose one of the dates its rule gives.`,
        field,
      );
  }

  private record(
    manager: EntityManager,
    access: RequestAccess,
    session: SessionEntity,
    action: SessionAction,
    date?: string,
  ): Promise<void> {
    return this.audit.record(
      {
        actorPersonId: access.viewer!.personId,
        subjectPersonId: null,
        action: `session:${action}:${session.id}${date ? `:${date}` : ''}`,
        basis: AccessBasisKind.ORGANISER,
        viaGroupId: session.groupId,
        purpose: null,
      },
      manager,
    );
  }

  /** The session and its audit event, one transaction. */
  async create(input: CreateSessionInput, access: RequestAccess): Promise<SessionEntity> {
    screenSessionText(input);
    checkSchedule(input);
    await requireExists(this.dataSource.manager, GroupEntity, input.groupId, 'group');
    await requireExists(this.dataSource.manager, SpaceEntity, input.spaceId, 'space');
    const session = await this.dataSource.transaction(async (manager) => {
      const saved = await manager
        .getRepository(SessionEntity)
        .save({ ...input, title: input.title.trim(), capacity: input.capacity ?? null });
      await this.record(manager, access, saved, 'created');
      return saved;
    });
    await this.announce(session.id);
    return session;
  }

  /** After the write commits, so saved searches that fit it can tell their owners. */
  private announce(sessionId: string, placesAdded = false): Promise<void> {
    return this.pubSub.publish(
      topics.sessionsChanged,
      placesAdded ? { sessionId, placesAdded } : { sessionId },
    );
  }

  /**
   * Writes only the fields given, under the row lock the date changes take, so an edit never puts
   * back a date change made meanwhile. Audited.
   */
  async update(
    id: string,
    input: UpdateSessionInput,
    access: RequestAccess,
  ): Promise<SessionEntity> {
    screenSessionText(input);
    const changes = changesFrom(input);
    if (input.spaceId)
      await requireExists(this.dataSource.manager, SpaceEntity, input.spaceId, 'space');
    let placesAdded = false;
    const saved = await this.dataSource.transaction(async (manager) => {
      const session = await this.lock(manager, id);
      const updated = { ...session, ...changes };
      checkSchedule(updated);
      // More places (or no limit any more): those waiting move up (going/ hears the announcement).
      placesAdded =
        session.capacity !== null &&
        (updated.capacity === null || updated.capacity > session.capacity);
      if (Object.keys(changes).length) await manager.update(SessionEntity, { id }, changes);
      await this.record(manager, access, session, 'updated');
      return updated;
    });
    await this.announce(saved.id, placesAdded);
    return saved;
  }
}
