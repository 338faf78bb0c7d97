import type { DataSource, EntityManager } from 'typeorm';
import { AccessBasisKind } from '../access/access-basis';
import { AuditEventEntity } from './audit-event.entity';

export type AuditEventInput = Pick<
  AuditEventEntity,
  'actorPersonId' | 'subjectPersonId' | 'action' | 'basis' | 'viaGroupId' | 'purpose'
>;

/**
 * Appends audit events; callers await it, so data is never returned without its audit record.
 * One instance, made with the app (`AppModule`) and shared by services and request access.
 */
export class AuditLog {
  constructor(private readonly dataSource: DataSource) {}

  /** Records inside `manager`'s transaction when given, so a change and its audit event land together. */
  async record(
    events: AuditEventInput | AuditEventInput[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const rows = Array.isArray(events) ? events : [events];
    if (rows.length > 0) await manager.insert(AuditEventEntity, rows);
  }

  /** A change a person made to their own data (signed up, changed a consent, erased the account). */
  recordOwn(
    personId: string,
    action: string,
    manager: EntityManager,
    about: { viaGroupId?: string | null; purpose?: string | null } = {},
  ): Promise<void> {
    return this.record(
      {
        actorPersonId: personId,
        subjectPersonId: personId,
        action,
        basis: AccessBasisKind.SELF,
        viaGroupId: about.viaGroupId ?? null,
        purpose: about.purpose ?? null,
      },
      manager,
    );
  }
}
