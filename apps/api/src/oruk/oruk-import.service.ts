import { Inject, Injectable } from '@nestjs/common';
import { TOWN_TIME_ZONE } from '@village/shared';
import { DataSource, EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { DATA_SOURCE } from '../database/tokens';
import { badInput } from '../graphql/domain-error';
import { GroupEntity } from '../groups/group.entity';
import { slugify } from '../groups/groups.service';
import { SessionEntity } from '../sessions/session.entity';
import { SpaceEntity } from '../spaces/space.entity';
import { ExternalRefEntity, ExternalRefEntityType } from './external-ref.entity';
import { OrukDirectory, OrukRecordType, OrukService, readDirectory } from './oruk-directory';
import { groupFieldsOf, isInactive, sessionsOf, spaceFieldsOf, Warn } from './oruk-mapping';
import { RecordProblem } from './oruk-schedule';

/** Where imported ids come from when the importer does not say. */
export const DEFAULT_SOURCE = 'open-referral';

export interface RecordCounts {
  /** Records of this type in the file. */
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows an earlier import made that the file no longer has (sessions only). */
  removed: number;
  failed: number;
  /** Not imported because they are inactive or something they need failed. */
  skipped: number;
}

export interface ImportProblem {
  recordType: OrukRecordType;
  recordId: string;
  message: string;
}

export interface OrukImportResult {
  organizations: RecordCounts;
  locations: RecordCounts;
  services: RecordCounts;
  sessions: RecordCounts;
  /** One per record that was not imported, with the reason. */
  errors: ImportProblem[];
  /** Details that were left out or changed in records that were imported. */
  warnings: ImportProblem[];
}

export interface ImportProgress {
  recordType: OrukRecordType;
  done: number;
  total: number;
  counts: RecordCounts;
}

export interface ImportOptions {
  /** Names the directory the ids belong to, so two directories' ids never collide. */
  source?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Today in Europe/London, for schedules without a start date and for dated cost options. */
  today?: string;
}

type Outcome = 'created' | 'updated' | 'unchanged';

const emptyCounts = (total = 0): RecordCounts => ({
  total,
  created: 0,
  updated: 0,
  unchanged: 0,
  removed: 0,
  failed: 0,
  skipped: 0,
});

export function londonToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TOWN_TIME_ZONE }).format(now);
}

/** JSON with object keys sorted: jsonb gives keys back in its own order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Stored values and freshly mapped ones compare equal when they mean the same. */
function sameValue(stored: unknown, mapped: unknown): boolean {
  // PostgreSQL gives times back with seconds.
  if (typeof stored === 'string' && typeof mapped === 'string' && /^\d{2}:\d{2}$/.test(mapped))
    return stored.slice(0, 5) === mapped;
  return canonical(stored) === canonical(mapped);
}

/**
 * Imports an Open Referral (HSDS 3.0 / ORUK) directory: organisations become groups, locations
 * spaces, and each service at a location on a schedule a session. Every record is written in its
 * own transaction, so one bad record leaves nothing half-written and the rest still import; the
 * `external_ref` table remembers which row each outside id became, so importing again updates.
 */
@Injectable()
export class OpenReferralImporter {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Imports JSON text; refuses text that is not JSON or not a directory at all. */
  importJson(json: string, options: ImportOptions = {}): Promise<OrukImportResult> {
    let document: unknown;
    try {
      document = JSON.parse(json);
    } catch (error) {
      throw badInput(`The file is not valid JSON: ${(error as Error).message}`, 'json');
    }
    return this.importDocument(document, options);
  }

  async importDocument(document: unknown, options: ImportOptions = {}): Promise<OrukImportResult> {
    let directory: OrukDirectory;
    try {
      directory = readDirectory(document);
    } catch (error) {
      throw badInput((error as Error).message, 'json');
    }
    const source = options.source?.trim() || DEFAULT_SOURCE;
    const today = options.today ?? londonToday();
    const result: OrukImportResult = {
      organizations: emptyCounts(directory.organizations.size),
      locations: emptyCounts(directory.locations.size),
      services: emptyCounts(directory.services.size),
      sessions: emptyCounts(),
      errors: [],
      warnings: [],
    };
    const countsOf = (type: OrukRecordType) =>
      type === 'organization'
        ? result.organizations
        : type === 'location'
          ? result.locations
          : result.services;
    for (const problem of directory.unreadable) {
      result.errors.push(problem);
      const counts = countsOf(problem.recordType);
      counts.total++;
      counts.failed++;
    }

    /** Runs one record: its own transaction, one error if it fails, progress after it. */
    const each = async <T extends { id: string }>(
      type: OrukRecordType,
      records: T[],
      work: (record: T, manager: EntityManager, warn: Warn) => Promise<Outcome | 'skipped'>,
    ) => {
      const counts = countsOf(type);
      let done = 0;
      for (const record of records) {
        const warnings: ImportProblem[] = [];
        const warn: Warn = (message) =>
          warnings.push({ recordType: type, recordId: record.id, message });
        try {
          const outcome = await this.dataSource.transaction((manager) =>
            work(record, manager, warn),
          );
          counts[outcome]++;
          result.warnings.push(...warnings);
        } catch (error) {
          counts.failed++;
          result.errors.push({ recordType: type, recordId: record.id, message: messageOf(error) });
        }
        options.onProgress?.({ recordType: type, done: ++done, total: records.length, counts });
      }
    };

    const groupIds = new Map<string, string | null>();
    const servicesByOrganization = new Map<string, OrukService[]>();
    for (const service of directory.services.values())
      if (service.organizationId)
        servicesByOrganization.set(service.organizationId, [
          ...(servicesByOrganization.get(service.organizationId) ?? []),
          service,
        ]);
    await each(
      'organization',
      [...directory.organizations.values()],
      async (org, manager, warn) => {
        groupIds.set(org.id, null);
        const fields = groupFieldsOf(org, servicesByOrganization.get(org.id) ?? [], warn);
        const { id, outcome } = await this.upsert(
          manager,
          GroupEntity,
          source,
          'group',
          org.id,
          fields,
          {
            slug: await this.freeSlug(manager, fields.name),
          },
        );
        groupIds.set(org.id, id);
        return outcome;
      },
    );

    const spaceIds = new Map<string, string | null>();
    await each('location', [...directory.locations.values()], async (location, manager, warn) => {
      spaceIds.set(location.id, null);
      const fields = spaceFieldsOf(location, warn);
      const { id, outcome } = await this.upsert(
        manager,
        SpaceEntity,
        source,
        'space',
        location.id,
        fields,
      );
      spaceIds.set(location.id, id);
      return outcome;
    });

    await each('service', [...directory.services.values()], async (service, manager, warn) => {
      const inactive = isInactive(service);
      const planned = inactive ? [] : sessionsOf(service, today, warn);
      const groupId = inactive
        ? null
        : await this.resolve(manager, source, 'group', service.organizationId, groupIds);
      const placed: { externalId: string; fields: object }[] = [];
      for (const session of planned) {
        const spaceId = await this.resolve(manager, source, 'space', session.locationId, spaceIds);
        // What it needs failed (and was reported): leave this service as it was.
        if (groupId === null || spaceId === null) return 'skipped';
        placed.push({
          externalId: `${service.id}/${session.externalId}`,
          fields: { ...session.fields, groupId, spaceId },
        });
      }
      if (!inactive && groupId === null) return 'skipped';

      const sessionCounts = emptyCounts(placed.length);
      for (const session of placed) {
        const { outcome } = await this.upsert(
          manager,
          SessionEntity,
          source,
          'session',
          session.externalId,
          session.fields,
        );
        sessionCounts[outcome]++;
      }
      // Sessions an earlier import made for this service that the file no longer has.
      const keep = new Set(placed.map((session) => session.externalId));
      const stale = (
        await manager
          .getRepository(ExternalRefEntity)
          .createQueryBuilder('r')
          .where('r.source = :source AND r.entity_type = :type', { source, type: 'session' })
          .andWhere('starts_with(r.external_id, :prefix)', { prefix: `${service.id}/` })
          .getMany()
      ).filter((ref) => !keep.has(ref.externalId));
      if (stale.length > 0) {
        await manager.getRepository(SessionEntity).delete({ id: In(stale.map((r) => r.entityId)) });
        await manager.getRepository(ExternalRefEntity).delete({ id: In(stale.map((r) => r.id)) });
      }
      sessionCounts.removed = stale.length;
      for (const key of Object.keys(sessionCounts) as (keyof RecordCounts)[])
        result.sessions[key] += sessionCounts[key];
      if (inactive) {
        warn(`The service is ${String(service.raw['status'])}, so its sessions are not listed.`);
        return 'skipped';
      }
      if (sessionCounts.created > 0) return 'created';
      return sessionCounts.updated + sessionCounts.removed > 0 ? 'updated' : 'unchanged';
    });
    return result;
  }

  /**
   * The row an outside id points at: made by this import (null when that record failed, so
   * dependants are skipped rather than reported twice) or by an earlier one.
   */
  private async resolve(
    manager: EntityManager,
    source: string,
    entityType: ExternalRefEntityType,
    externalId: string | null,
    thisRun: Map<string, string | null>,
  ): Promise<string | null> {
    const what = entityType === 'group' ? 'organisation' : 'location';
    if (!externalId) throw new RecordProblem(`The service does not say which ${what} runs it.`);
    if (thisRun.has(externalId)) return thisRun.get(externalId)!;
    const ref = await manager
      .getRepository(ExternalRefEntity)
      .findOneBy({ source, externalId, entityType });
    if (!ref)
      throw new RecordProblem(
        `Its ${what} ${externalId} is not in the file and was not imported before.`,
      );
    return ref.entityId;
  }

  /** Creates the row for an outside id, or updates the one an earlier import made. */
  private async upsert<E extends ObjectLiteral & { id: string }>(
    manager: EntityManager,
    entity: EntityTarget<E>,
    source: string,
    entityType: ExternalRefEntityType,
    externalId: string,
    fields: object,
    onCreate: object = {},
  ): Promise<{ id: string; outcome: Outcome }> {
    const refs = manager.getRepository(ExternalRefEntity);
    const rows = manager.getRepository(entity);
    const ref = await refs.findOneBy({ source, externalId, entityType });
    const existing = ref ? await rows.findOneBy({ id: ref.entityId } as never) : null;
    if (existing) {
      const changed = Object.entries(fields).some(
        ([key, value]) => !sameValue(existing[key as keyof E], value),
      );
      if (!changed) return { id: existing.id, outcome: 'unchanged' };
      await rows.save({ ...existing, ...fields });
      return { id: existing.id, outcome: 'updated' };
    }
    const created: E = await rows.save(rows.create({ ...onCreate, ...fields } as E));
    if (ref) await refs.update({ id: ref.id }, { entityId: created.id });
    else await refs.insert({ source, externalId, entityType, entityId: created.id });
    return { id: created.id, outcome: 'created' };
  }

  /** The name's slug, or the slug with the first free number after it. */
  private async freeSlug(manager: EntityManager, name: string): Promise<string> {
    const groups = manager.getRepository(GroupEntity);
    const base = slugify(name);
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!(await groups.existsBy({ slug }))) return slug;
    }
  }
}

function messageOf(error: unknown): string {
  if (error instanceof RecordProblem) return error.message;
  if (error instanceof Error && 'code' in error && error.name === 'DomainError')
    return error.message;
  // A database refusal we did not foresee; only admins see this, and the reason helps them.
  return `The record could not be saved: ${error instanceof Error ? error.message : String(error)}.`;
}
