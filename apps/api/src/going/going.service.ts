import { Injectable } from '@nestjs/common';
import { DatedOccurrence, Occurrence, RsvpStatus } from '@village/shared';
import { EntityManager } from 'typeorm';
import { AccessBasisKind } from '../access/access-basis';
import type { RequestAccess } from '../access/request-access';
import { badInput } from '../graphql/domain-error';
import { Page } from '../graphql/pagination';
import { SessionEntity } from '../sessions/session.entity';
import { SessionsService } from '../sessions/sessions.service';
import { AttendeeRow, dateKey, GoingRepository, RsvpRow, SessionDate } from './going.repository';

const NOT_A_DATE = "That session doesn't happen on that date.";

export interface Attendees {
  occursOn: string;
  goingCount: number;
  waitingCount: number;
  named: AttendeeRow[];
}

function encodeCursor(row: { occursOn: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.occursOn, row.id])).toString('base64url');
}

function decodeCursor(cursor: string): { occursOn: string; id: string } {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === 2 &&
      typeof decoded[0] === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(decoded[0]) &&
      typeof decoded[1] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(decoded[1])
    )
      return { occursOn: decoded[0], id: decoded[1] };
  } catch {
    // fall through to the error below
  }
  throw badInput('The "after" cursor is not one we gave out.', 'after');
}

/**
 * "I'm going" to one date of a session, with a waiting list once its capacity is taken. Every
 * change to a date's list holds that date's lock (GoingRepository.lockDate) for its transaction.
 */
@Injectable()
export class GoingService {
  constructor(
    private readonly repository: GoingRepository,
    private readonly sessions: SessionsService,
  ) {}

  /** Whether the organisers cancelled this date (the sessions block keeps the date changes). */
  isCancelled(session: SessionEntity, occursOn: string): boolean {
    return (
      this.sessions.occurrenceOn(session, occursOn, { includeCancelled: true })?.cancelled ?? false
    );
  }

  /** The date as its rule gives it, cancelled or not; BAD_USER_INPUT when the rule has none. */
  private scheduledDate(session: SessionEntity, occursOn: string): DatedOccurrence {
    const occurrence = this.sessions.occurrenceOn(session, occursOn, { includeCancelled: true });
    if (!occurrence) throw badInput(NOT_A_DATE, 'occursOn');
    return occurrence;
  }

  /** A date one may still say something about: it happens, is not cancelled and is not over. */
  private openDate(session: SessionEntity, occursOn: string, now: Date): Occurrence {
    const occurrence = this.scheduledDate(session, occursOn);
    if (occurrence.cancelled) throw badInput('That date has been cancelled.', 'occursOn');
    if (occurrence.end <= now) throw badInput('That date is over.', 'occursOn');
    return occurrence;
  }

  /** Says I'm going (or joins the waiting list when every place is taken); again changes only consent. */
  async go(
    personId: string,
    date: SessionDate,
    shareName: boolean,
    now = new Date(),
  ): Promise<RsvpRow> {
    const session = await this.sessions.get(date.sessionId);
    this.openDate(session, date.occursOn, now);
    return this.repository.transaction(async (manager) => {
      await this.repository.lockDate(manager, date);
      const existing = await this.repository.find(manager, date, personId);
      if (existing) {
        if (existing.nameSharedWithOrganisers === shareName) return existing;
        await this.repository.setNameShared(manager, date, personId, shareName);
        return { ...existing, nameSharedWithOrganisers: shareName };
      }
      // Places added since (a raised capacity) go to those already waiting before anyone new.
      await this.fillPlaces(manager, session, date);
      const full =
        session.capacity !== null &&
        (await this.repository.goingCount(manager, date)) >= session.capacity;
      await this.repository.insert(
        manager,
        date,
        personId,
        full ? RsvpStatus.WAITING : RsvpStatus.GOING,
        shareName,
      );
      return (await this.repository.find(manager, date, personId))!;
    });
  }

  /** Takes me off the date's list; a place I free goes to the first person waiting. */
  async cancel(personId: string, date: SessionDate, now = new Date()): Promise<boolean> {
    const session = await this.sessions.get(date.sessionId);
    const occurrence = this.scheduledDate(session, date.occursOn);
    if (occurrence.end <= now) throw badInput('That date is over.', 'occursOn');
    return this.repository.transaction(async (manager) => {
      await this.repository.lockDate(manager, date);
      const removed = await this.repository.remove(manager, date, personId);
      if (removed === RsvpStatus.GOING) await this.fillPlaces(manager, session, date);
      return removed !== null;
    });
  }

  /** Moves people up from the waiting list while there are places (the date's lock is held). */
  private async fillPlaces(
    manager: EntityManager,
    session: SessionEntity,
    date: SessionDate,
  ): Promise<void> {
    if (session.capacity === null) return;
    const going = await this.repository.goingCount(manager, date);
    await this.repository.promote(manager, date, session.capacity - going);
  }

  /**
   * After a session changes (its capacity raised, say), the places now free on its dates to come go
   * to those waiting, each date under its lock. Safe to run in several processes at once.
   */
  async fillFreedPlaces(sessionId: string, now = new Date()): Promise<void> {
    const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
    for (const date of await this.repository.datesWithWaiting(sessionId, yesterday)) {
      await this.repository.transaction(async (manager) => {
        await this.repository.lockDate(manager, date);
        const session = await manager.findOneBy(SessionEntity, { id: sessionId });
        if (session) await this.fillPlaces(manager, session, date);
      });
    }
  }

  /**
   * Erasing an account: its RSVPs go, and the places they held go to those waiting, in the
   * erasure's own transaction.
   */
  async removeAllOf(manager: EntityManager, personId: string): Promise<void> {
    for (const date of await this.repository.datesOf(manager, personId)) {
      await this.repository.lockDate(manager, date);
      const removed = await this.repository.remove(manager, date, personId);
      const session = await manager.findOneBy(SessionEntity, { id: date.sessionId });
      if (removed === RsvpStatus.GOING && session) await this.fillPlaces(manager, session, date);
    }
  }

  async upcoming(
    personId: string,
    first: number,
    after?: string | null,
  ): Promise<Page<RsvpRow & { id: string }>> {
    const rows = await this.repository.upcomingOf(
      personId,
      first + 1,
      after ? decodeCursor(after) : null,
    );
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    return {
      edges: page.map((node) => ({ cursor: encodeCursor(node), node })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last) : null },
    };
  }

  /**
   * Who is coming to a date, for the organisers: everyone counted, and the names of those who
   * shared them; each name read is recorded in that person's data access log.
   */
  async attendees(access: RequestAccess, date: SessionDate): Promise<Attendees> {
    const session = await this.sessions.get(date.sessionId);
    this.scheduledDate(session, date.occursOn);
    const [counts, named] = await Promise.all([
      this.repository.counts([date]),
      this.repository.attendees(date),
    ]);
    await Promise.all(
      named.map((attendee) =>
        access.recordRead(attendee.personId, 'Query.sessionAttendees', {
          kind: AccessBasisKind.ORGANISER,
          viaGroupId: session.groupId,
          purpose: null,
        }),
      ),
    );
    const count = counts.get(dateKey(date)) ?? { going: 0, waiting: 0 };
    return {
      occursOn: date.occursOn,
      goingCount: count.going,
      waitingCount: count.waiting,
      named,
    };
  }

  /** The dates a person is going to that still happen, with their sessions (their private feed). */
  async goingOccurrencesOf(
    personId: string,
  ): Promise<{ session: SessionEntity; occursOn: string; occurrence: Occurrence }[]> {
    const dates = await this.repository.goingDatesOf(personId);
    const sessions = await this.repository.sessionsByIds(dates.map((date) => date.sessionId));
    return dates.flatMap(({ sessionId, occursOn }) => {
      const session = sessions.get(sessionId);
      const occurrence = session && this.sessions.occurrenceOn(session, occursOn);
      return session && occurrence ? [{ session, occursOn, occurrence }] : [];
    });
  }
}
