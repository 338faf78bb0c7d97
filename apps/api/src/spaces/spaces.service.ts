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
import { findOrNotFound, requireExists } from '../database/find';

function checkOpeningHours(periods: OpeningPeriodInput[]): void {
  const closesBeforeOpening = periods.find((p) => p.closes <= p.opens);
  if (closesBeforeOpening)
    throw badInput(
      `On day ${closesBeforeOpening.weekday} the space closes before it opens.`,
      'openingHours',
    );
}

/** Audit actions name the space, so "who changed this space" is one look at the log. */
type SpaceAction = 'created' | 'updated' | 'steward-granted' | 'steward-revoked';

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
      const space = await findOrNotFound(manager, SpaceEntity, { id }, 'space');
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
