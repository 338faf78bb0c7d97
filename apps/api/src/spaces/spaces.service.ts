import { Inject, Injectable } from '@nestjs/common';
import { AccountRole } from '@village/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AccessBasisKind } from '../access/access-basis';
import type { RequestAccess } from '../access/request-access';
import { AuditLog } from '../audit/audit-log';
import { DATA_SOURCE } from '../database/tokens';
import { changesFrom } from '../graphql/changes';
import { badInput, conflict, notFound } from '../graphql/domain-error';
import { Page, paginate } from '../graphql/pagination';
import { PersonEntity } from '../people/person.entity';
import { CreateSpaceInput, OpeningPeriodInput, UpdateSpaceInput } from './dto/space.input';
import { SpacesArgs } from './dto/spaces.args';
import { SpaceEntity } from './space.entity';
import { notSteward } from './space.policies';
import { SpaceStewardEntity } from './space-steward.entity';
import {
  SpaceChangeProposalEntity,
  SpaceChangeStatus,
  SpaceFields,
} from './space-change-proposal.entity';
import { findByIds, findOrNotFound, requireExists } from '../database/find';

function checkOpeningHours(periods: OpeningPeriodInput[], field = 'openingHours'): void {
  const closesBeforeOpening = periods.find((p) => p.closes <= p.opens);
  if (closesBeforeOpening)
    throw badInput(
      `On day ${closesBeforeOpening.weekday} the space closes before it opens.`,
      field,
    );
}

/** Audit actions name the space, so "who changed this space" is one look at the log. */
type SpaceAction =
  | 'created'
  | 'updated'
  | 'steward-granted'
  | 'steward-revoked'
  | 'change-proposed'
  | 'change-accepted'
  | 'change-declined';

/** The fields `updateSpace` and a suggestion may change, in the order a message names them. */
const SPACE_FIELDS = [
  'name',
  'kind',
  'address',
  'postcode',
  'latitude',
  'longitude',
  'accessibility',
  'openingHours',
] as const satisfies readonly (keyof SpaceFields)[];

/** JSON with object keys sorted: jsonb hands objects back with its own key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** The fields an input sets, as stored (a name trimmed as `create` trims it). */
function fieldsOf(input: UpdateSpaceInput): SpaceFields {
  const changes = changesFrom(input) as SpaceFields;
  if (changes.name != null) changes.name = changes.name.trim();
  return Object.fromEntries(
    SPACE_FIELDS.filter((field) => changes[field] !== undefined).map((field) => [
      field,
      // Plain objects only: inputs arrive as class instances.
      JSON.parse(JSON.stringify(changes[field])) as unknown,
    ]),
  ) as SpaceFields;
}

function pick(space: SpaceEntity, fields: readonly (keyof SpaceFields)[]): SpaceFields {
  return Object.fromEntries(fields.map((field) => [field, space[field]])) as SpaceFields;
}

@Injectable()
export class SpacesService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  list(args: SpacesArgs): Promise<Page<SpaceEntity>> {
    const query = this.dataSource.getRepository(SpaceEntity).createQueryBuilder('s');
    if (args.kind) query.andWhere('s.kind = :kind', { kind: args.kind });
    if (args.accessibility?.length)
      query.andWhere('s.accessibility @> :features::accessibility_feature[]', {
        features: args.accessibility,
      });
    if (args.search?.trim()) {
      query.andWhere('(s.name ILIKE :contains OR s.name % :search)', {
        contains: `%${args.search.trim()}%`,
        search: args.search.trim(),
      });
    }
    return paginate(query, {
      sortBy: 's.name',
      sortValue: (s) => s.name,
      first: args.first,
      after: args.after,
    });
  }

  async get(id: string): Promise<SpaceEntity> {
    return findOrNotFound(this.dataSource.manager, SpaceEntity, { id }, 'space');
  }

  /** The space, its creator as first steward and the audit record: one transaction. */
  async create(input: CreateSpaceInput, access: RequestAccess): Promise<SpaceEntity> {
    checkOpeningHours(input.openingHours);
    const creator = access.viewer!.personId;
    // Organisers publish the spaces their sessions use; an admin who organises nothing acts as admin.
    const basis =
      (await access.organiserGroupIds()).size > 0
        ? AccessBasisKind.ORGANISER
        : AccessBasisKind.ADMIN;
    return this.dataSource.transaction(async (manager) => {
      const space = await manager
        .getRepository(SpaceEntity)
        .save({ ...input, name: input.name.trim() });
      await manager.insert(SpaceStewardEntity, { spaceId: space.id, personId: creator });
      await this.record(manager, access, space.id, 'created', basis);
      return space;
    });
  }

  async update(id: string, input: UpdateSpaceInput, access: RequestAccess): Promise<SpaceEntity> {
    if (input.openingHours) checkOpeningHours(input.openingHours);
    return this.dataSource.transaction(async (manager) => {
      // Locked, so an edit and an accepted suggestion apply one after the other, never interleaved.
      const space = await this.lockSpace(manager, id);
      const saved = await manager
        .getRepository(SpaceEntity)
        .save({ ...space, ...changesFrom(input) });
      await this.record(manager, access, id, 'updated', await this.basis(manager, id, access));
      return saved;
    });
  }

  /** Makes a person a steward; granting someone who already is one changes nothing. */
  async grantSteward(spaceId: string, personId: string, access: RequestAccess): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      await requireExists(manager, SpaceEntity, spaceId, 'space');
      const person = await manager.getRepository(PersonEntity).findOneBy({ id: personId });
      if (!person || person.erasedAt) throw notFound('person');
      const { identifiers } = await manager
        .createQueryBuilder()
        .insert()
        .into(SpaceStewardEntity)
        .values({ spaceId, personId })
        .orIgnore()
        .returning(['personId'])
        .execute();
      if (identifiers.length === 0 || !identifiers[0]) return;
      const basis = await this.basis(manager, spaceId, access);
      await this.record(manager, access, spaceId, 'steward-granted', basis, personId);
    });
    return true;
  }

  /** Ends a person's stewardship; a space keeps at least one steward. */
  async revokeSteward(spaceId: string, personId: string, access: RequestAccess): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const basis = await this.basis(manager, spaceId, access);
      // The stewards' rows are locked so the last two cannot revoke each other at once.
      const stewards = await manager.query<{ person_id: string }[]>(
        `SELECT person_id FROM space_steward WHERE space_id = $1 FOR UPDATE`,
        [spaceId],
      );
      if (!stewards.some((row) => row.person_id === personId)) throw notFound('steward');
      if (stewards.length === 1)
        throw conflict('This is the space’s only steward: add another steward first.');
      await manager.delete(SpaceStewardEntity, { spaceId, personId });
      await this.record(manager, access, spaceId, 'steward-revoked', basis, personId);
    });
    return true;
  }

  /**
   * An organiser who is not a steward suggests a change; the stewards decide. The input is checked
   * as `updateSpace` checks it, so a suggestion a steward accepts always applies.
   */
  async propose(
    spaceId: string,
    input: UpdateSpaceInput,
    note: string,
    access: RequestAccess,
  ): Promise<SpaceChangeProposalEntity> {
    // Fields are named as the validation pipe names them here: inside `input`.
    if (input.openingHours) checkOpeningHours(input.openingHours, 'input.openingHours');
    const changes = fieldsOf(input);
    const fields = Object.keys(changes) as (keyof SpaceFields)[];
    if (fields.length === 0)
      throw badInput('Say what to change: give at least one field.', 'input');
    const proposer = access.viewer!.personId;
    return this.dataSource.transaction(async (manager) => {
      const space = await findOrNotFound(manager, SpaceEntity, { id: spaceId }, 'space');
      if (await manager.existsBy(SpaceStewardEntity, { spaceId, personId: proposer }))
        throw conflict('You are a steward of this space: edit it directly instead.');
      const base = pick(space, fields);
      if (fields.every((field) => same(base[field], changes[field])))
        throw badInput('That is what the space already says: change at least one field.', 'input');
      const proposal = await manager.getRepository(SpaceChangeProposalEntity).save({
        spaceId,
        proposerPersonId: proposer,
        changes,
        base,
        note: note.trim(),
      });
      const basis =
        (await access.organiserGroupIds()).size > 0
          ? AccessBasisKind.ORGANISER
          : AccessBasisKind.ADMIN;
      await this.record(manager, access, spaceId, 'change-proposed', basis);
      return proposal;
    });
  }

  /**
   * A steward accepts a suggestion: its fields are applied to the space in the same transaction that
   * marks it accepted and audits it. If a field it changes has moved since it was suggested (to a
   * value other than the suggested one), nothing is applied: the steward is told which.
   */
  async acceptChange(
    id: string,
    note: string,
    access: RequestAccess,
  ): Promise<SpaceChangeProposalEntity> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockPending(manager, id);
      const basis = await this.basis(manager, proposal.spaceId, access);
      const space = await this.lockSpace(manager, proposal.spaceId);
      const fields = Object.keys(proposal.changes) as (keyof SpaceFields)[];
      const moved = fields.filter(
        (field) =>
          !same(space[field], proposal.base[field]) && !same(space[field], proposal.changes[field]),
      );
      if (moved.length > 0)
        throw conflict(
          `Since this was suggested, the space’s ${moved.join(', ')} changed. Decline it, and ask for a fresh suggestion if it still applies.`,
        );
      await manager.getRepository(SpaceEntity).save({ ...space, ...proposal.changes });
      const decided = await this.decide(
        manager,
        proposal,
        SpaceChangeStatus.ACCEPTED,
        note,
        access,
      );
      await this.record(
        manager,
        access,
        proposal.spaceId,
        'change-accepted',
        basis,
        proposal.proposerPersonId,
      );
      return decided;
    });
  }

  /** A steward declines a suggestion, with a word to its proposer. */
  async declineChange(
    id: string,
    note: string,
    access: RequestAccess,
  ): Promise<SpaceChangeProposalEntity> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockPending(manager, id);
      const basis = await this.basis(manager, proposal.spaceId, access);
      const decided = await this.decide(
        manager,
        proposal,
        SpaceChangeStatus.DECLINED,
        note,
        access,
      );
      await this.record(
        manager,
        access,
        proposal.spaceId,
        'change-declined',
        basis,
        proposal.proposerPersonId,
      );
      return decided;
    });
  }

  /** Stewards and admins see every suggestion for the space; anyone else only their own. */
  async proposals(
    spaceId: string,
    status: SpaceChangeStatus | null | undefined,
    access: RequestAccess,
  ): Promise<SpaceChangeProposalEntity[]> {
    const me = access.viewer!.personId;
    const seesAll =
      access.hasRole(AccountRole.ADMIN) ||
      (await this.dataSource.manager.existsBy(SpaceStewardEntity, { spaceId, personId: me }));
    return this.dataSource.getRepository(SpaceChangeProposalEntity).find({
      where: {
        spaceId,
        ...(status ? { status } : {}),
        ...(seesAll ? {} : { proposerPersonId: me }),
      },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: 50,
    });
  }

  /**
   * People a steward may sensibly add: organisers of groups whose sessions meet at the space, and
   * organisers who suggested changes to it, who are not stewards yet.
   */
  async stewardCandidates(spaceId: string): Promise<PersonEntity[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT p.id FROM person p
        WHERE p.erased_at IS NULL
          AND p.id IN (
            SELECT m.person_id FROM session s
              JOIN membership m ON m.group_id = s.group_id AND m.role = 'ORGANISER'
             WHERE s.space_id = $1
            UNION
            SELECT c.proposer_person_id FROM space_change_proposal c WHERE c.space_id = $1)
          AND NOT EXISTS (SELECT 1 FROM space_steward v WHERE v.space_id = $1 AND v.person_id = p.id)
        ORDER BY p.display_name, p.id
        LIMIT 50`,
      [spaceId],
    );
    const people = await findByIds(
      this.dataSource.manager,
      PersonEntity,
      rows.map((row) => row.id),
    );
    return rows.map((row) => people.get(row.id)!).filter(Boolean);
  }

  private async lockSpace(manager: EntityManager, id: string): Promise<SpaceEntity> {
    const space = await manager
      .getRepository(SpaceEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!space) throw notFound('space');
    return space;
  }

  /** The suggestion, locked so two stewards cannot decide it at once; it must still be pending. */
  private async lockPending(
    manager: EntityManager,
    id: string,
  ): Promise<SpaceChangeProposalEntity> {
    const proposal = await manager
      .getRepository(SpaceChangeProposalEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!proposal) throw notFound('suggested change');
    if (proposal.status !== SpaceChangeStatus.PENDING)
      throw conflict(`This suggestion was already ${proposal.status.toLowerCase()}.`);
    return proposal;
  }

  private decide(
    manager: EntityManager,
    proposal: SpaceChangeProposalEntity,
    status: SpaceChangeStatus,
    note: string,
    access: RequestAccess,
  ): Promise<SpaceChangeProposalEntity> {
    return manager.getRepository(SpaceChangeProposalEntity).save({
      ...proposal,
      status,
      decidedByPersonId: access.viewer!.personId,
      decidedAt: new Date(),
      decisionNote: note.trim(),
    });
  }

  /** Why the viewer, whom the policy let through, may change this space. */
  private async basis(
    manager: EntityManager,
    spaceId: string,
    access: RequestAccess,
  ): Promise<AccessBasisKind> {
    const steward = await manager.existsBy(SpaceStewardEntity, {
      spaceId,
      personId: access.viewer!.personId,
    });
    if (steward) return AccessBasisKind.STEWARD;
    if (access.hasRole(AccountRole.ADMIN)) return AccessBasisKind.ADMIN;
    // Revoked between the policy's check and this transaction.
    throw notSteward();
  }

  private record(
    manager: EntityManager,
    access: RequestAccess,
    spaceId: string,
    action: SpaceAction,
    basis: AccessBasisKind,
    subjectPersonId: string | null = null,
  ): Promise<void> {
    return this.audit.record(
      {
        actorPersonId: access.viewer!.personId,
        subjectPersonId,
        action: `space:${action}:${spaceId}`,
        basis,
        viaGroupId: null,
        purpose: null,
      },
      manager,
    );
  }
}
