import { Inject, Injectable } from '@nestjs/common';
import { localDateOf, type Occurrence } from '@village/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AccessBasis, AccessBasisKind } from '../access/access-basis';
import type { RequestAccess } from '../access/request-access';
import type { Viewer } from '../access/viewer';
import { AuditLog } from '../audit/audit-log';
import { findOrNotFound } from '../database/find';
import { DATA_SOURCE } from '../database/tokens';
import { badInput, DomainError, ErrorCode, notFound } from '../graphql/domain-error';
import { Page, PageArgs } from '../graphql/pagination';
import { SessionEntity } from '../sessions/session.entity';
import { SessionsService } from '../sessions/sessions.service';
import { TiesRepository } from '../ties/ties.repository';
import { AttendanceMethod } from '@village/shared';
import { AttendanceEntity } from './attendance.entity';
import {
  CHECK_IN_GUESSES,
  checkInWindow,
  CODE_ALPHABET,
  CODE_LENGTH,
  newCheckInCode,
  normaliseCode,
  REGISTER_CLOSES_AFTER_END_MS,
  registerWindow,
  whereIn,
} from './check-in-window';
import { CheckInRepository } from './check-in.repository';
import {
  CheckInCodeModel,
  RegisterDateModel,
  SessionRegisterModel,
} from './session-register.model';

/** One date of one session, found and checked. */
interface SessionDate {
  session: SessionEntity;
  occursOn: string;
  date: Occurrence;
}

/** Audit actions name the date, so "who changed this register" is one look at the log. */
type RegisterAction = 'marked' | 'unmarked' | 'headcount-set' | 'code-opened';

const CODE_SHAPE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** "10:30 on 7 December", in the session's own time zone. */
function when(instant: Date, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long' }).format(
    instant,
  );
  return `${time} on ${day}`;
}

/**
 * The register of a date (organisers tick people, count guests, show the code) and self check-in
 * with the code. Windows and code rules: check-in-window.ts.
 */
@Injectable()
export class CheckInService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditLog,
  ) {}

  private async sessionDate(
    manager: EntityManager,
    sessionId: string,
    occursOn: string,
    field = 'occursOn',
  ): Promise<SessionDate> {
    const session = await findOrNotFound(manager, SessionEntity, { id: sessionId }, 'session');
    const date = this.sessions.occurrenceOn(session, occursOn);
    if (!date)
      throw badInput(
        `${session.title} has no date on ${occursOn} (it is not on its schedule, or it was cancelled).`,
        field,
      );
    return { session, occursOn, date };
  }

  /** Refuses a change outside the register's window (check-in-window.ts). */
  private requireEditable({ session, date }: SessionDate, now: Date): void {
    const window = registerWindow(date);
    const where = whereIn(window, now);
    if (where === 'before')
      throw badInput(
        `The register for this date opens an hour before it starts, at ${when(window.from, session.timeZone)}.`,
        'occursOn',
      );
    if (where === 'after')
      throw badInput(
        `The register for this date closed a week after it ended, at ${when(window.until, session.timeZone)}; it can no longer be changed.`,
        'occursOn',
      );
  }

  /** Why the viewer (whom the policy let through) may keep this register. */
  private async basis(access: RequestAccess, session: SessionEntity): Promise<AccessBasis> {
    return (await access.isOrganiserOf(session.groupId))
      ? { kind: AccessBasisKind.ORGANISER, viaGroupId: session.groupId, purpose: null }
      : { kind: AccessBasisKind.ADMIN, viaGroupId: session.groupId, purpose: null };
  }

  private async record(
    manager: EntityManager,
    access: RequestAccess,
    { session, occursOn }: SessionDate,
    action: RegisterAction,
    subjectPersonId: string | null = null,
  ): Promise<void> {
    const basis = await this.basis(access, session);
    await this.audit.record(
      {
        actorPersonId: access.viewer!.personId,
        subjectPersonId,
        action: `register:${action}:${session.id}:${occursOn}`,
        basis: basis.kind,
        viaGroupId: basis.viaGroupId,
        purpose: null,
      },
      manager,
    );
  }

  /**
   * The register: named people (each read recorded in their data access log), the counts of
   * everyone else, the head count and the code if shown.
   */
  async register(
    sessionId: string,
    occursOn: string,
    access: RequestAccess,
    now = new Date(),
  ): Promise<SessionRegisterModel> {
    const manager = this.dataSource.manager;
    const sessionDate = await this.sessionDate(manager, sessionId, occursOn);
    const { session, date } = sessionDate;
    const repository = new CheckInRepository(manager);
    const [named, counts, code] = await Promise.all([
      repository.named(sessionId, occursOn),
      repository.counts(sessionId, occursOn),
      repository.codeOf(sessionId, occursOn),
    ]);
    const basis = await this.basis(access, session);
    await Promise.all(
      named.map((row) => access.recordRead(row.person_id, 'SessionRegister.people', basis)),
    );
    const window = registerWindow(date);
    const ticked = named.filter((row) => row.recorded_how !== null).length;
    return {
      id: `${sessionId}/${occursOn}`,
      sessionId,
      sessionTitle: session.title,
      occursOn,
      startsAt: date.start,
      endsAt: date.end,
      editableFrom: window.from,
      editableUntil: window.until,
      editable: whereIn(window, now) === 'open',
      people: named.map((row) => ({
        personId: row.person_id,
        displayName: row.display_name,
        waiting: row.waiting,
        attended: row.recorded_how !== null,
        recordedHow: row.recorded_how,
      })),
      unnamedGoing: counts.unnamed_going,
      unnamedCheckedIn: counts.unnamed_checked_in,
      guests: counts.guests,
      total: ticked + counts.unnamed_checked_in + counts.guests,
      checkInCode: code ? this.codeModel(code, date) : null,
    };
  }

  /** Dates whose register can be kept now (check-in-window.ts), the latest first. */
  async registerDates(sessionId: string, now = new Date()): Promise<RegisterDateModel[]> {
    const session = await findOrNotFound(
      this.dataSource.manager,
      SessionEntity,
      { id: sessionId },
      'session',
    );
    const earliest = new Date(
      now.getTime() - REGISTER_CLOSES_AFTER_END_MS - session.durationMinutes * 60_000,
    );
    return this.sessions
      .nextOccurrences(session, 16, earliest)
      .filter((date) => whereIn(registerWindow(date), now) === 'open')
      .reverse()
      .map((date) => ({
        occursOn: localDateOf(date.start, session.timeZone),
        startsAt: date.start,
        endsAt: date.end,
      }));
  }

  private codeModel(code: string, date: Occurrence): CheckInCodeModel {
    const window = checkInWindow(date);
    return { code, validFrom: window.from, validUntil: window.until };
  }

  /** A change to a date's register: one transaction, refused outside the register's window. */
  private changeRegister<T>(
    sessionId: string,
    occursOn: string,
    now: Date,
    change: (
      manager: EntityManager,
      sessionDate: SessionDate,
      repository: CheckInRepository,
    ) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const sessionDate = await this.sessionDate(manager, sessionId, occursOn);
      this.requireEditable(sessionDate, now);
      return change(manager, sessionDate, new CheckInRepository(manager));
    });
  }

  /** Ticks or unticks a person the register names; the same answer twice changes nothing. */
  async markAttended(
    sessionId: string,
    occursOn: string,
    personId: string,
    attended: boolean,
    access: RequestAccess,
    now = new Date(),
  ): Promise<void> {
    await this.changeRegister(
      sessionId,
      occursOn,
      now,
      async (manager, sessionDate, repository) => {
        if (!(await repository.isNamed(sessionId, occursOn, personId)))
          throw badInput(
            'Only people who said they’re going to this date and shared their name can be ticked. Others can check themselves in with the code.',
            'personId',
          );
        const ties = new TiesRepository(manager);
        await ties.lockDate(sessionId, occursOn);
        const changed = attended
          ? await repository.mark(sessionId, occursOn, personId, AttendanceMethod.REGISTER)
          : await repository.unmark(sessionId, occursOn, personId);
        // Ties from being there together (ties.repository.ts) change with the register, in its transaction.
        if (changed && attended) await ties.recordCoAttendance(sessionId, occursOn, personId, now);
        if (changed && !attended) await ties.forgetAttendance(sessionId, occursOn, personId);
        if (changed)
          await this.record(
            manager,
            access,
            sessionDate,
            attended ? 'marked' : 'unmarked',
            personId,
          );
      },
    );
  }

  async setHeadcount(
    sessionId: string,
    occursOn: string,
    guests: number,
    access: RequestAccess,
    now = new Date(),
  ): Promise<void> {
    await this.changeRegister(
      sessionId,
      occursOn,
      now,
      async (manager, sessionDate, repository) => {
        await repository.setGuests(sessionId, occursOn, guests);
        await this.record(manager, access, sessionDate, 'headcount-set');
      },
    );
  }

  /** The date's code, made the first time it is asked for; the same code every time after. */
  async openCheckIn(
    sessionId: string,
    occursOn: string,
    access: RequestAccess,
    now = new Date(),
  ): Promise<CheckInCodeModel> {
    return this.changeRegister(
      sessionId,
      occursOn,
      now,
      async (manager, sessionDate, repository) => {
        const window = checkInWindow(sessionDate.date);
        if (whereIn(window, now) === 'after')
          throw badInput(
            `Check-in for this date closed at ${when(window.until, sessionDate.session.timeZone)}, half an hour after it ended. You can still tick people on the register.`,
            'occursOn',
          );
        // Two organisers at once: the second waits for the first's code rather than making another.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
          `check-in:${sessionId}:${occursOn}`,
        ]);
        let code = await repository.codeOf(sessionId, occursOn);
        for (let attempt = 0; !code && attempt < 5; attempt++) {
          await repository.offerCode(sessionId, occursOn, newCheckInCode(), window.until);
          code = await repository.codeOf(sessionId, occursOn);
          if (code) await this.record(manager, access, sessionDate, 'code-opened');
        }
        if (!code) throw new Error('No free check-in code after 5 tries');
        return this.codeModel(code, sessionDate.date);
      },
    );
  }

  /**
   * Checks the viewer in to the date the code names, while the code works. Checking in twice, or
   * after being ticked, keeps the first record. Wrong codes count towards a short wait.
   */
  async checkIn(typed: string, viewer: Viewer, now = new Date()): Promise<AttendanceEntity> {
    const code = normaliseCode(typed);
    const repository = CheckInRepository.of(this.dataSource);
    const since = new Date(now.getTime() - CHECK_IN_GUESSES.windowMs);
    const failures = await repository.failuresSince(viewer.accountId, since);
    if (failures.length >= CHECK_IN_GUESSES.max) {
      const oldest = failures[failures.length - CHECK_IN_GUESSES.max]!;
      const seconds = Math.max(
        1,
        Math.ceil((oldest.getTime() + CHECK_IN_GUESSES.windowMs - now.getTime()) / 1000),
      );
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        `Too many wrong codes. Please wait ${Math.ceil(seconds / 60)} minutes and try again, or ask the organiser to tick you on the register.`,
        'code',
        { retryAfterSeconds: seconds },
      );
    }
    const found = CODE_SHAPE.test(code) ? await repository.byCode(code) : null;
    if (!found) {
      await repository.recordFailure(viewer.accountId, since);
      throw badInput(
        'That code isn’t right. Check the 6 letters and numbers shown at the venue and try again.',
        'code',
      );
    }
    const sessionDate = await this.sessionDate(
      this.dataSource.manager,
      found.session_id,
      found.occurs_on,
      'code',
    );
    const { session, date } = sessionDate;
    const window = checkInWindow(date);
    const where = whereIn(window, now);
    if (where === 'before')
      throw badInput(
        `Check-in for ${session.title} opens at ${when(window.from, session.timeZone)}, half an hour before it starts.`,
        'code',
      );
    if (where === 'after') {
      await repository.recordFailure(viewer.accountId, since);
      throw badInput(
        `That code has expired: check-in for ${session.title} closed at ${when(window.until, session.timeZone)}.`,
        'code',
      );
    }
    // The record and the ties it makes (co-attendance) together, one date's check-ins one at a time.
    return this.dataSource.transaction(async (manager) => {
      const inTransaction = new CheckInRepository(manager);
      const ties = new TiesRepository(manager);
      await ties.lockDate(session.id, found.occurs_on);
      const made = await inTransaction.mark(
        session.id,
        found.occurs_on,
        viewer.personId,
        AttendanceMethod.SELF,
      );
      if (made) await ties.recordCoAttendance(session.id, found.occurs_on, viewer.personId, now);
      return inTransaction.attendance(session.id, found.occurs_on, viewer.personId);
    });
  }

  mine(personId: string, page: PageArgs): Promise<Page<AttendanceEntity>> {
    return CheckInRepository.of(this.dataSource).mine(personId, page);
  }

  /** Deletes one of my records, and what it added to my co-attendance ties. */
  async deleteMine(id: string, personId: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(AttendanceEntity, { id, personId });
      if (!found) throw notFound('attendance');
      const ties = new TiesRepository(manager);
      await ties.lockDate(found.sessionId, found.occursOn);
      if (!(await new CheckInRepository(manager).deleteOwn(id, personId)))
        throw notFound('attendance');
      await ties.forgetAttendance(found.sessionId, found.occursOn, personId);
    });
    return true;
  }
}
