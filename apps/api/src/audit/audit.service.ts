import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/tokens';
import { Page, PageArgs, paginate } from '../graphql/pagination';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditFilter {
  subjectPersonId?: string | null;
  actorPersonId?: string | null;
  /** Leave out what the subject did themself ("who else looked at my data"). */
  othersOnly?: boolean;
}

@Injectable()
export class AuditService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Audit events, newest first. */
  list(filter: AuditFilter, page: PageArgs): Promise<Page<AuditEventEntity>> {
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filter.subjectPersonId)
      query.andWhere('e.subject_person_id = :subject', { subject: filter.subjectPersonId });
    if (filter.actorPersonId)
      query.andWhere('e.actor_person_id = :actor', { actor: filter.actorPersonId });
    if (filter.othersOnly) query.andWhere('e.actor_person_id IS DISTINCT FROM e.subject_person_id');
    return paginate(query, {
      sortBy: 'e.id',
      sortValue: (e) => Number(e.id),
      direction: 'DESC',
      first: page.first,
      after: page.after,
    });
  }
}
