import { Inject, Injectable } from '@nestjs/common';
import { MembershipRole, TieKind, TieProvenance } from '@village/shared';
import { DataSource, EntityManager } from 'typeorm';
import { TieEntity } from '../ties/tie.entity';
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
  ) {}

  async list(args: GroupsArgs): Promise<Page<GroupEntity>> {
    const query = this.dataSource.getRepository(GroupEntity).createQueryBuilder('g');
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
      return group;
    });
  }

  async update(id: string, input: UpdateGroupInput): Promise<GroupEntity> {
    screenGroupText(input);
    const group = await this.get(id);
    const changes: Partial<GroupEntity> = {};
    if (input.name != null) changes.name = input.name.trim();
    if (input.kind != null) changes.kind = input.kind;
    if (input.description != null) changes.description = input.description.trim();
    if (input.languages != null) changes.languages = input.languages;
    if (input.website !== undefined) changes.website = input.website;
    return this.dataSource.getRepository(GroupEntity).save({ ...group, ...changes });
  }

  /** Joining writes the membership and the person–group tie together, or neither. */
  async join(groupId: string, personId: string): Promise<MembershipEntity> {
    return this.dataSource.transaction((manager) =>
      this.addMember(manager, groupId, personId, MembershipRole.MEMBER),
    );
  }

  /**
   * I leave a group. Its last organiser cannot: someone must look after it. An organiser who leaves
   * stops managing its exchanges at once, open conversations included (they re-check on
   * `person/<id>/changed`).
   */
  async leave(groupId: string, personId: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      // The organisers' rows are locked so two of the last two cannot both leave.
      const organisers = await manager.query<{ person_id: string }[]>(
        `SELECT person_id FROM membership WHERE group_id = $1 AND role = $2 FOR UPDATE`,
        [groupId, MembershipRole.ORGANISER],
      );
      const organiser = organisers.some((row) => row.person_id === personId);
      if (organiser && organisers.length === 1)
        throw conflict('You are this group’s only organiser: make someone else organiser first.');
      const { affected } = await manager.delete(MembershipEntity, { groupId, personId });
      if (!affected) throw notFound('membership');
    });
    await this.pubSub.publish(topics.personChanged(personId), { personId });
    return true;
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
    const now = new Date();
    await manager.getRepository(TieEntity).insert({
      kind: TieKind.PERSON_GROUP,
      provenance: TieProvenance.MEMBERSHIP,
      fromPersonId: personId,
      toGroupId: groupId,
      strength: 1,
      firstSeenAt: now,
      lastSeenAt: now,
    });
    return membership;
  }
}
