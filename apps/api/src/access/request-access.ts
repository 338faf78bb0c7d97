import { AccountRole, ConsentKind, MembershipRole, TOWN_TIME_ZONE } from '@village/shared';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { AuditEventInput, AuditLog } from '../audit/audit-log';
import { AccessBasis, AccessBasisKind } from './access-basis';
import type { Viewer } from './viewer';

/** SQL for "today" in the town, so vetting that expires today stops working today. */
export const TOWN_TODAY = `(now() AT TIME ZONE '${TOWN_TIME_ZONE}')::date`;

/**
 * What one request's viewer may reach. Made fresh for every request (and for every check a live
 * subscription makes), so a withdrawn consent or an expired vetting applies to the very next read.
 */
export class RequestAccess {
  private organiserGroups?: Promise<ReadonlySet<string>>;
  private workerOrganisations?: Promise<ReadonlySet<string>>;
  private readonly bases: DataLoader<string, AccessBasis | null>;
  /** Reads of one request, written as one batch and once per person and field. */
  private readonly reads: DataLoader<string, void>;
  /** The reason a worker or safeguarding lead gave for looking (the `purpose` argument). */
  statedPurpose: string | null = null;

  constructor(
    readonly viewer: Viewer | null,
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {
    this.bases = new DataLoader((ids) => this.loadBases(ids));
    this.reads = new DataLoader(async (keys) => {
      await this.audit.record(keys.map((key) => JSON.parse(key) as AuditEventInput));
      return keys.map(() => undefined);
    });
  }

  /** The same request seen as someone else: after signing in or out, the rest of the response follows. */
  as(viewer: Viewer | null): RequestAccess {
    return new RequestAccess(viewer, this.dataSource, this.audit);
  }

  hasRole(role: AccountRole): boolean {
    return this.viewer?.roles.includes(role) ?? false;
  }

  organiserGroupIds(): Promise<ReadonlySet<string>> {
    this.organiserGroups ??= this.viewer
      ? this.dataSource
          .query<{ group_id: string }[]>(
            `SELECT group_id FROM membership WHERE person_id = $1 AND role = $2`,
            [this.viewer.personId, MembershipRole.ORGANISER],
          )
          .then((rows) => new Set(rows.map((row) => row.group_id)))
      : Promise.resolve(new Set());
    return this.organiserGroups;
  }

  /** Organisations the viewer works for with a vetting record in date today. */
  workerOrganisationIds(): Promise<ReadonlySet<string>> {
    this.workerOrganisations ??= this.viewer
      ? this.dataSource
          .query<{ organisation_id: string }[]>(
            `SELECT DISTINCT organisation_id FROM worker_vetting
              WHERE person_id = $1 AND revoked_at IS NULL
                AND issued_on <= ${TOWN_TODAY} AND expires_on > ${TOWN_TODAY}`,
            [this.viewer.personId],
          )
          .then((rows) => new Set(rows.map((row) => row.organisation_id)))
      : Promise.resolve(new Set());
    return this.workerOrganisations;
  }

  async isOrganiserOf(groupId: string): Promise<boolean> {
    return (await this.organiserGroupIds()).has(groupId);
  }

  /** Why the viewer may see this person's private profile, or null when they may not. */
  profileBasis(personId: string): Promise<AccessBasis | null> {
    return this.viewer ? this.bases.load(personId) : Promise.resolve(null);
  }

  /** Writes the audit event for reading someone else's private data (not one's own). */
  async recordRead(subjectPersonId: string, what: string, basis: AccessBasis): Promise<void> {
    if (basis.kind === AccessBasisKind.SELF) return;
    const event: AuditEventInput = {
      actorPersonId: this.viewer?.personId ?? null,
      subjectPersonId,
      action: `read:${what}`,
      basis: basis.kind,
      viaGroupId: basis.viaGroupId,
      purpose: this.statedPurpose ?? basis.purpose,
    };
    await this.reads.load(JSON.stringify(event));
  }

  private async loadBases(ids: readonly string[]): Promise<(AccessBasis | null)[]> {
    const viewer = this.viewer!;
    const [organiserGroups, workerOrganisations] = await Promise.all([
      this.organiserGroupIds(),
      this.workerOrganisationIds(),
    ]);
    const isLead = this.hasRole(AccountRole.SAFEGUARDING_LEAD);
    const others = ids.filter((id) => id !== viewer.personId);
    const rows =
      others.length === 0
        ? []
        : await this.dataSource.query<
            {
              id: string;
              erased: boolean;
              organiser_group: string | null;
              worker_organisation: string | null;
              worker_purpose: string | null;
            }[]
          >(
            `SELECT p.id, p.erased_at IS NOT NULL AS erased,
                    (SELECT m.group_id FROM membership m
                      WHERE m.person_id = p.id AND m.group_id = ANY($2::uuid[])
                        AND EXISTS (SELECT 1 FROM consent c WHERE c.person_id = p.id
                                      AND c.kind = $4 AND c.withdrawn_at IS NULL)
                      ORDER BY m.joined_at LIMIT 1) AS organiser_group,
                    w.organisation_id AS worker_organisation, w.purpose AS worker_purpose
               FROM person p
               LEFT JOIN LATERAL (
                 SELECT c.organisation_id, c.purpose FROM consent c
                  WHERE c.person_id = p.id AND c.kind = $5 AND c.withdrawn_at IS NULL
                    AND c.organisation_id = ANY($3::uuid[])
                  ORDER BY c.given_at LIMIT 1) w ON true
              WHERE p.id = ANY($1::uuid[])`,
            [
              others,
              [...organiserGroups],
              [...workerOrganisations],
              ConsentKind.VISIBLE_TO_GROUP_ORGANISERS,
              ConsentKind.SUPPORTED_BY_ORGANISATION,
            ],
          );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id): AccessBasis | null => {
      if (id === viewer.personId)
        return { kind: AccessBasisKind.SELF, viaGroupId: null, purpose: null };
      const row = byId.get(id);
      if (!row || row.erased) return null;
      if (row.worker_organisation)
        return {
          kind: AccessBasisKind.WORKER,
          viaGroupId: row.worker_organisation,
          purpose: row.worker_purpose,
        };
      if (row.organiser_group)
        return { kind: AccessBasisKind.ORGANISER, viaGroupId: row.organiser_group, purpose: null };
      // The lead may look at anyone, but only by asking for them with a stated reason.
      if (isLead && this.statedPurpose)
        return { kind: AccessBasisKind.SAFEGUARDING_LEAD, viaGroupId: null, purpose: null };
      return null;
    });
  }
}
