import { Inject, Injectable } from '@nestjs/common';
import { ConsentKind } from '@village/shared';
import { DataSource, IsNull } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { AuditLog } from '../audit/audit-log';
import { requireExists } from '../database/find';
import { DATA_SOURCE } from '../database/tokens';
import { badInput, notFound } from '../graphql/domain-error';
import { GroupEntity } from '../groups/group.entity';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { ConsentEntity } from './consent.entity';
import type { ConsentModel } from './consent.model';
import type { GiveConsentInput } from './dto/give-consent.input';

export const toConsentModel = (consent: ConsentEntity): ConsentModel => ({
  id: consent.id,
  kind: consent.kind,
  purpose: consent.purpose,
  givenAt: consent.givenAt,
  withdrawnAt: consent.withdrawnAt,
  inForce: consent.withdrawnAt === null,
  organisationId: consent.organisationId,
  personId: consent.personId,
});

/**
 * Consent is given and withdrawn only by the person. Each change is audited in the same
 * transaction and then announced, so open live views re-check access at once.
 */
@Injectable()
export class ConsentService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
  ) {}

  mine(personId: string): Promise<ConsentEntity[]> {
    return this.dataSource
      .getRepository(ConsentEntity)
      .find({ where: { personId }, order: { givenAt: 'DESC' } });
  }

  async give(viewer: Viewer, input: GiveConsentInput): Promise<ConsentEntity> {
    const forOrganisation = input.kind === ConsentKind.SUPPORTED_BY_ORGANISATION;
    if (forOrganisation && (!input.organisationId || !input.purpose))
      throw badInput(
        'Say which organisation may support you, and what for.',
        input.organisationId ? 'purpose' : 'organisationId',
      );
    if (!forOrganisation && (input.organisationId || input.purpose))
      throw badInput('Only support from an organisation takes an organisation and a purpose.');
    const consent = await this.dataSource.transaction(async (manager) => {
      if (input.organisationId)
        await requireExists(manager, GroupEntity, input.organisationId, 'organisation');
      const existing = await manager.findOneBy(ConsentEntity, {
        personId: viewer.personId,
        kind: input.kind,
        organisationId: input.organisationId ?? IsNull(),
        withdrawnAt: IsNull(),
      });
      if (existing) return existing;
      const given = await manager.save(
        ConsentEntity,
        manager.create(ConsentEntity, {
          personId: viewer.personId,
          kind: input.kind,
          organisationId: input.organisationId ?? null,
          purpose: input.purpose?.trim() ?? null,
          withdrawnAt: null,
        }),
      );
      await this.audit.recordOwn(viewer.personId, `consent:given:${given.kind}`, manager, {
        viaGroupId: given.organisationId,
        purpose: given.purpose,
      });
      return given;
    });
    await this.announce(viewer.personId);
    return consent;
  }

  async withdraw(viewer: Viewer, id: string): Promise<ConsentEntity> {
    const consent = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(ConsentEntity, { id, personId: viewer.personId });
      if (!found) throw notFound('consent');
      if (found.withdrawnAt) return found;
      found.withdrawnAt = new Date();
      await manager.save(ConsentEntity, found);
      await this.audit.recordOwn(viewer.personId, `consent:withdrawn:${found.kind}`, manager, {
        viaGroupId: found.organisationId,
        purpose: found.purpose,
      });
      return found;
    });
    await this.announce(viewer.personId);
    return consent;
  }

  private announce(personId: string): Promise<void> {
    return this.pubSub.publish(topics.personChanged(personId), { personId });
  }
}
