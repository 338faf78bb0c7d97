import { Inject, Injectable } from '@nestjs/common';
import { AccountRole, ConsentKind, MembershipRole, TOWN_TIME_ZONE } from '@village/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AccessBasisKind } from '../access/access-basis';
import type { Viewer } from '../access/viewer';
import { AuditLog } from '../audit/audit-log';
import { findOrNotFound, requireExists } from '../database/find';
import { DATA_SOURCE } from '../database/tokens';
import { badInput } from '../graphql/domain-error';
import { Page, paginate, PageArgs } from '../graphql/pagination';
import { GroupEntity } from '../groups/group.entity';
import { AccountEntity } from '../identity/account.entity';
import { PersonEntity } from '../people/person.entity';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import type { RecordVettingInput } from './dto/staff.inputs';
import { WorkerVettingEntity } from './worker-vetting.entity';
import type { WorkerVettingModel } from './worker-vetting.model';

/** Today's date in the town, as YYYY-MM-DD. */
export function townToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TOWN_TIME_ZONE }).format(now);
}

export function toVettingModel(
  vetting: WorkerVettingEntity,
  today = townToday(),
): WorkerVettingModel {
  return {
    id: vetting.id,
    checkType: vetting.checkType,
    issuedOn: vetting.issuedOn,
    expiresOn: vetting.expiresOn,
    verifiedAt: vetting.verifiedAt,
    revokedAt: vetting.revokedAt,
    inDate: !vetting.revokedAt && vetting.issuedOn <= today && today < vetting.expiresOn,
    personId: vetting.personId,
    organisationId: vetting.organisationId,
    verifiedByPersonId: vetting.verifiedByPersonId,
  };
}

/** Town-wide roles, workers' vetting, and the lists organisers and workers work from. */
@Injectable()
export class StaffService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
    private readonly audit: AuditLog,
  ) {}

  async setRole(actor: Viewer, personId: string, role: AccountRole, granted: boolean) {
    await this.dataSource.transaction(async (manager) => {
      const account = await findOrNotFound(manager, AccountEntity, { personId }, 'account');
      const roles = new Set(account.roles);
      if (granted) roles.add(role);
      else roles.delete(role);
      await manager.update(AccountEntity, { id: account.id }, { roles: [...roles] });
      await this.record(
        manager,
        actor,
        personId,
        `role:${granted ? 'granted' : 'revoked'}:${role}`,
      );
    });
    // Their open live streams re-check what they may see.
    await this.pubSub.publish(topics.personChanged(personId), { personId });
  }

  async recordVetting(actor: Viewer, input: RecordVettingInput): Promise<WorkerVettingEntity> {
    if (input.expiresOn <= input.issuedOn)
      throw badInput('expiresOn must be after issuedOn.', 'expiresOn');
    if (input.issuedOn > townToday())
      throw badInput('issuedOn cannot be in the future.', 'issuedOn');
    return this.dataSource.transaction(async (manager) => {
      await requireExists(manager, PersonEntity, input.personId, 'person');
      await requireExists(manager, GroupEntity, input.organisationId, 'organisation');
      const vetting = await manager.save(
        WorkerVettingEntity,
        manager.create(WorkerVettingEntity, {
          ...input,
          verifiedByPersonId: actor.personId,
          revokedAt: null,
        }),
      );
      await this.record(manager, actor, input.personId, 'vetting:recorded', input.organisationId);
      return vetting;
    });
  }

  async revokeVetting(actor: Viewer, id: string): Promise<WorkerVettingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const vetting = await findOrNotFound(manager, WorkerVettingEntity, { id }, 'vetting record');
      vetting.revokedAt ??= new Date();
      await manager.save(WorkerVettingEntity, vetting);
      await this.record(
        manager,
        actor,
        vetting.personId,
        'vetting:revoked',
        vetting.organisationId,
      );
      return vetting;
    });
  }

  vettingsOf(where: { organisationId: string } | { personId: string }) {
    return this.dataSource
      .getRepository(WorkerVettingEntity)
      .find({ where, order: { verifiedAt: 'DESC' } });
  }

  /** People who asked this organisation for support, with the consent still in force. */
  caseload(organisationId: string, page: PageArgs): Promise<Page<PersonEntity>> {
    const query = this.dataSource
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where(
        `EXISTS (SELECT 1 FROM consent c WHERE c.person_id = p.id AND c.kind = :kind
                   AND c.organisation_id = :organisationId AND c.withdrawn_at IS NULL)`,
        { kind: ConsentKind.SUPPORTED_BY_ORGANISATION, organisationId },
      )
      .andWhere('p.erased_at IS NULL');
    return paginate(query, {
      sortBy: 'p.display_name',
      sortValue: (p) => p.displayName,
      ...page,
    });
  }

  /** Members of a group who chose to be visible to its organisers. */
  visibleMembers(groupId: string, page: PageArgs): Promise<Page<PersonEntity>> {
    const query = this.dataSource
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where(
        'EXISTS (SELECT 1 FROM membership m WHERE m.person_id = p.id AND m.group_id = :groupId)',
        { groupId },
      )
      .andWhere(
        `EXISTS (SELECT 1 FROM consent c WHERE c.person_id = p.id AND c.kind = :kind
                   AND c.withdrawn_at IS NULL)`,
        { kind: ConsentKind.VISIBLE_TO_GROUP_ORGANISERS },
      );
    return paginate(query, {
      sortBy: 'p.display_name',
      sortValue: (p) => p.displayName,
      ...page,
    });
  }

  organising(personId: string): Promise<GroupEntity[]> {
    return this.dataSource
      .getRepository(GroupEntity)
      .createQueryBuilder('g')
      .where(
        'EXISTS (SELECT 1 FROM membership m WHERE m.group_id = g.id AND m.person_id = :personId AND m.role = :role)',
        { personId, role: MembershipRole.ORGANISER },
      )
      .orderBy('g.name')
      .getMany();
  }

  private record(
    manager: EntityManager,
    actor: Viewer,
    subjectPersonId: string,
    action: string,
    viaGroupId: string | null = null,
  ): Promise<void> {
    const basis = actor.roles.includes(AccountRole.ADMIN)
      ? AccessBasisKind.ADMIN
      : AccessBasisKind.SAFEGUARDING_LEAD;
    return this.audit.record(
      { actorPersonId: actor.personId, subjectPersonId, action, basis, viaGroupId, purpose: null },
      manager,
    );
  }
}
