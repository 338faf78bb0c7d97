import { Inject, Injectable } from '@nestjs/common';
import { MembershipRole } from '@village/shared';
import { DataSource, EntityManager } from 'typeorm';
import { TiesRepository } from '../ties/ties.repository';
import { DATA_SOURCE } from '../database/tokens';
import { badInput, conflict, notFound } from '../graphql/domain-error';
import { Page, paginate } from '../graphql/pagination';
import { PersonEntity } from '../people/person.entity';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { screenListingText } from '../screening/screen-text';
import { CreateGroupInput, UpdateGroupInput } from './dto/group.input';
import { GroupsArgs } from './dto/groups.args';
import { GroupEntity } from './group.entity';
import { MembershipEntity } from './membership.entity';
import { findOrNotFound, requireExists } from '../database/find';
import { AccessBasisKind } from '../access/access-basis';
import { AuditLog } from '../audit/audit-log';
import { hashSecret, newSecret } from '../security/tokens';
import { CoOrganiserInvitationEntity } from './co-organiser-invitation.entity';

/** How long a co-organiser invitation link works. */
export const INVITATION_DAYS = 14;

/** Audit actions name the group, so "who changed this group" is one look at the log. */
type GroupAction =
  | 'created'
  | 'updated'
  | 'archived'
  | 'unarchived'
  | 'co-organiser-invited'
  | 'invitation-revoked'
  | 'co-organiser-joined'
  | 'organiser-removed'
  | 'organiser-stepped-down';

const archivedRefusal = () =>
  conflict('This group is archived, so it is not taking new members or organisers.');

const invitationUnusable = () =>
  badInput(
    'This invitation link has expired, has already been used or was withdrawn. Ask an organiser of the group for a new one.',
    'token',
  );

/** Letters that Unicode does not decompose into a base letter plus an accent. */
const UNDECOMPOSABLE: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ß: 'ss',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  æ: 'ae',
  Æ: 'ae',
};

export function slugify(name: string): string {
  const slug = name
    .replace(/[łŁßøØđĐæÆ]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return slug || 'group';
}

/** A group's public text goes through the same screening as posts (screening/screen-text.ts). */
function screenGroupText(input: UpdateGroupInput): void {
  if (input.name != null) screenListingText(input.name, 'name');
  if (input.description != null) screenListingText(input.description, 'description');
}

@Injectable()
export class GroupsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
    private readonly audit: AuditLog,
  ) {}

  async list(args: GroupsArgs): Promise<Page<GroupEntity>> {
    const query = this.dataSource
      .getRepository(GroupEntity)
      .createQueryBuilder('g')
      .where('g.archived_at IS NULL');
    if (args.kind) query.andWhere('g.kind = :kind', { kind: args.kind });
    if (args.language) query.andWhere(':language = ANY(g.languages)', { language: args.language });
    if (args.search?.trim()) {
      query.andWhere('(g.name ILIKE :contains OR g.name % :search)', {
        contains: `%${args.search.trim()}%`,
        search: args.search.trim(),
      });
    }
    return paginate(query, {
      sortBy: 'g.name',
      sortValue: (g) => g.name,
      first: args.first,
      after: args.after,
    });
  }

  async get(id: string): Promise<GroupEntity> {
    return findOrNotFound(this.dataSource.manager, GroupEntity, { id }, 'group');
  }

  async getBySlug(slug: string): Promise<GroupEntity> {
    return findOrNotFound(this.dataSource.manager, GroupEntity, { slug }, 'group');
  }

  /** A slug no other group has: the name's, or the name's with the smallest free number. */
  private async freeSlug(manager: EntityManager, name: string): Promise<string> {
    const base = slugify(name);
    const taken = await manager
      .getRepository(GroupEntity)
      .createQueryBuilder('g')
      .select('g.slug', 'slug')
      .where('g.slug = :base OR g.slug LIKE :pattern', { base, pattern: `${base}-%` })
      .getRawMany<{ slug: string }>();
    const used = new Set(taken.map((row) => row.slug));
    if (!used.has(base)) return base;
    let n = 2;
    while (used.has(`${base}-${n}`)) n++;
    return `${base}-${n}`;
  }

  /** Creates the group with its creator as first organiser: one transaction. */
  async create(input: CreateGroupInput, organiserPersonId: string): Promise<GroupEntity> {
    screenGroupText(input);
    return this.dataSource.transaction(async (manager) => {
      const group = await manager.getRepository(GroupEntity).save({
        name: input.name.trim(),
        kind: input.kind,
        description: input.description.trim(),
        languages: input.languages,
        website: input.website ?? null,
        slug: await this.freeSlug(manager, input.name),
      });
      await this.addMember(manager, group.id, organiserPersonId, MembershipRole.ORGANISER);
      await this.record(manager, organiserPersonId, group.id, 'created');
      return group;
    });
  }

  async update(id: string, input: UpdateGroupInput, actorPersonId: string): Promise<GroupEntity> {
    screenGroupText(input);
    const group = await this.get(id);
    const changes: Partial<GroupEntity> = {};
    if (input.name != null) changes.name = input.name.trim();
    if (input.kind != null) changes.kind = input.kind;
    if (input.description != null) changes.description = input.description.trim();
    if (input.languages != null) changes.languages = input.languages;
    if (input.website !== undefined) changes.website = input.website || null;
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(GroupEntity).save({ ...group, ...changes });
      await this.record(manager, actorPersonId, id, 'updated');
      return saved;
    });
  }

  /**
   * Archives the group (or brings it back): archived, it is left out of listings and discovery and
   * takes no new members; its page still opens, saying so. Audited.
   */
  async setArchived(id: string, archived: boolean, actorPersonId: string): Promise<GroupEntity> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.lockGroup(manager, id);
      if ((group.archivedAt !== null) === archived) return group;
      group.archivedAt = archived ? new Date() : null;
      await manager.update(GroupEntity, { id }, { archivedAt: group.archivedAt });
      await this.record(manager, actorPersonId, id, archived ? 'archived' : 'unarchived');
      return group;
    });
  }

  /** Joining writes the membership and the person–group tie together, or neither. */
  async join(groupId: string, personId: string): Promise<MembershipEntity> {
    return this.dataSource.transaction(async (manager) => {
      const group = await findOrNotFound(manager, GroupEntity, { id: groupId }, 'group');
      if (group.archivedAt) throw archivedRefusal();
      return this.addMember(manager, groupId, personId, MembershipRole.MEMBER);
    });
  }

  /** A new single-use invitation link; only the token's hash is kept. Audited. */
  async invite(
    groupId: string,
    actorPersonId: string,
  ): Promise<{ invitation: CoOrganiserInvitationEntity; token: string }> {
    return this.dataSource.transaction(async (manager) => {
      const group = await findOrNotFound(manager, GroupEntity, { id: groupId }, 'group');
      if (group.archivedAt) throw archivedRefusal();
      const { token, hash } = newSecret();
      const invitation = await manager.getRepository(CoOrganiserInvitationEntity).save({
        groupId,
        tokenHash: hash,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        usedAt: null,
        revokedAt: null,
      });
      await this.record(manager, actorPersonId, groupId, 'co-organiser-invited', {
        purpose: `invitation:${invitation.id}`,
      });
      return { invitation, token };
    });
  }

  /** Invitations of the group that can still be used, oldest first. */
  openInvitations(groupId: string): Promise<CoOrganiserInvitationEntity[]> {
    return this.dataSource
      .getRepository(CoOrganiserInvitationEntity)
      .createQueryBuilder('i')
      .where('i.group_id = :groupId', { groupId })
      .andWhere('i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()')
      .orderBy('i.created_at')
      .getMany();
  }

  /** Withdraws an open invitation: its link stops working at once. Audited. */
  async revokeInvitation(id: string, actorPersonId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager
        .getRepository(CoOrganiserInvitationEntity)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.id = :id', { id })
        .getOne();
      if (!invitation) throw notFound('invitation');
      if (invitation.usedAt || invitation.revokedAt)
        throw conflict('This invitation has already been used or withdrawn.');
      await manager.update(CoOrganiserInvitationEntity, { id }, { revokedAt: new Date() });
      await this.record(manager, actorPersonId, invitation.groupId, 'invitation-revoked', {
        purpose: `invitation:${id}`,
      });
      return true;
    });
  }

  /** What an invitation link is for, before accepting it; refused once it cannot be used. */
  async previewInvitation(
    token: string,
    personId: string,
  ): Promise<{ group: GroupEntity; expiresAt: Date; alreadyOrganiser: boolean }> {
    const invitation = await this.dataSource
      .getRepository(CoOrganiserInvitationEntity)
      .createQueryBuilder('i')
      .where('i.token_hash = :hash', { hash: hashSecret(token) })
      .andWhere('i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()')
      .getOne();
    if (!invitation) throw invitationUnusable();
    const group = await this.get(invitation.groupId);
    const alreadyOrganiser = await this.dataSource
      .getRepository(MembershipEntity)
      .existsBy({ groupId: group.id, personId, role: MembershipRole.ORGANISER });
    return { group, expiresAt: invitation.expiresAt, alreadyOrganiser };
  }

  /**
   * Uses an invitation once: makes me an organiser of its group, joining it if I was not a member.
   * The invitation's row is locked, so two people opening one link cannot both use it.
   */
  async acceptInvitation(token: string, personId: string): Promise<MembershipEntity> {
    const membership = await this.dataSource.transaction(async (manager) => {
      const invitation = await manager
        .getRepository(CoOrganiserInvitationEntity)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.token_hash = :hash', { hash: hashSecret(token) })
        .andWhere('i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()')
        .getOne();
      if (!invitation) throw invitationUnusable();
      const { groupId } = invitation;
      const group = await this.lockGroup(manager, groupId);
      if (group.archivedAt) throw archivedRefusal();
      const memberships = manager.getRepository(MembershipEntity);
      const existing = await memberships.findOneBy({ groupId, personId });
      if (existing?.role === MembershipRole.ORGANISER)
        throw conflict(
          'You already organise this group: pass the link to the person it was meant for.',
        );
      let made: MembershipEntity;
      if (existing) {
        await memberships.update({ id: existing.id }, { role: MembershipRole.ORGANISER });
        made = { ...existing, role: MembershipRole.ORGANISER };
      } else made = await this.addMember(manager, groupId, personId, MembershipRole.ORGANISER);
      await manager.update(
        CoOrganiserInvitationEntity,
        { id: invitation.id },
        { usedAt: new Date() },
      );
      await this.record(manager, personId, groupId, 'co-organiser-joined', {
        subjectPersonId: personId,
        basis: AccessBasisKind.SELF,
        purpose: `invitation:${invitation.id}`,
      });
      return made;
    });
    await this.pubSub.publish(topics.personChanged(personId), { personId });
    return membership;
  }

  /** The group's organisers, earliest first. */
  organisers(groupId: string): Promise<PersonEntity[]> {
    return this.dataSource
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .innerJoin(MembershipEntity, 'm', 'm.person_id = p.id')
      .where('m.group_id = :groupId AND m.role = :role', {
        groupId,
        role: MembershipRole.ORGANISER,
      })
      .orderBy('m.joined_at')
      .addOrderBy('p.id')
      .getMany();
  }

  /**
   * An organiser becomes a member again: removed by another organiser, or stepping down (my own
   * id). A group always keeps one organiser; the group's row is locked (`lockOrganisers`) so two
   * organisers stepping down at once cannot leave it with none. Audited.
   */
  async removeOrganiser(
    groupId: string,
    personId: string,
    actorPersonId: string,
  ): Promise<boolean> {
    const self = personId === actorPersonId;
    await this.dataSource.transaction(async (manager) => {
      const organisers = await this.lockOrganisers(manager, groupId);
      if (!organisers.includes(personId)) throw notFound('organiser');
      if (organisers.length === 1)
        throw conflict(
          self
            ? 'You are this group’s only organiser: invite a co-organiser before you step down.'
            : 'A group must keep at least one organiser.',
        );
      await manager.update(
        MembershipEntity,
        { groupId, personId },
        { role: MembershipRole.MEMBER },
      );
      await this.record(
        manager,
        actorPersonId,
        groupId,
        self ? 'organiser-stepped-down' : 'organiser-removed',
        { subjectPersonId: personId },
      );
    });
    await this.pubSub.publish(topics.personChanged(personId), { personId });
    return true;
  }

  /**
   * I leave a group. Its last organiser cannot: someone must look after it. An organiser who leaves
   * stops managing its exchanges at once, open conversations included (they re-check on
   * `person/<id>/changed`).
   */
  async leave(groupId: string, personId: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const organisers = await this.lockOrganisers(manager, groupId);
      const organiser = organisers.includes(personId);
      if (organiser && organisers.length === 1)
        throw conflict('You are this group’s only organiser: make someone else organiser first.');
      const { affected } = await manager.delete(MembershipEntity, { groupId, personId });
      if (!affected) throw notFound('membership');
      // Leaving ends the evidence of belonging: the membership tie goes with the membership.
      await new TiesRepository(manager).endMembership(personId, groupId);
    });
    await this.pubSub.publish(topics.personChanged(personId), { personId });
    return true;
  }

  /** The group's row, locked until the transaction ends; not found when there is none. */
  private async lockGroup(manager: EntityManager, groupId: string): Promise<GroupEntity> {
    const group = await manager
      .getRepository(GroupEntity)
      .createQueryBuilder('g')
      .setLock('pessimistic_write')
      .where('g.id = :groupId', { groupId })
      .getOne();
    if (!group) throw notFound('group');
    return group;
  }

  /**
   * The group's organisers, read under the lock of the group's row: every change to who organises
   * it (leaving, stepping down, removing) takes this lock first, so they happen one after another
   * and the last organiser's check sees the others' changes.
   */
  private async lockOrganisers(manager: EntityManager, groupId: string): Promise<string[]> {
    await this.lockGroup(manager, groupId);
    const rows = await manager.query<{ person_id: string }[]>(
      `SELECT person_id FROM membership WHERE group_id = $1 AND role = $2`,
      [groupId, MembershipRole.ORGANISER],
    );
    return rows.map((row) => row.person_id);
  }

  private record(
    manager: EntityManager,
    actorPersonId: string,
    groupId: string,
    action: GroupAction,
    about: { subjectPersonId?: string; basis?: AccessBasisKind; purpose?: string } = {},
  ): Promise<void> {
    return this.audit.record(
      {
        actorPersonId,
        subjectPersonId: about.subjectPersonId ?? null,
        action: `group:${action}:${groupId}`,
        basis: about.basis ?? AccessBasisKind.ORGANISER,
        viaGroupId: groupId,
        purpose: about.purpose ?? null,
      },
      manager,
    );
  }

  private async addMember(
    manager: EntityManager,
    groupId: string,
    personId: string,
    role: MembershipRole,
  ): Promise<MembershipEntity> {
    await requireExists(manager, GroupEntity, groupId, 'group');
    await requireExists(manager, PersonEntity, personId, 'person');
    const memberships = manager.getRepository(MembershipEntity);
    if (await memberships.existsBy({ groupId, personId }))
      throw badInput('You are already a member of this group.');
    const membership = await memberships.save({ groupId, personId, role });
    await new TiesRepository(manager).recordMembership(personId, groupId, new Date());
    return membership;
  }
}
