import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/tokens';
import { badInput } from '../graphql/domain-error';
import { Page, paginate } from '../graphql/pagination';
import { TiesArgs } from './dto/ties.args';
import { TieEntity } from '../ties/tie.entity';

@Injectable()
export class ConnectionsService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Ties of one person, or a group's ties to groups and spaces, most recently seen first. */
  list(args: TiesArgs): Promise<Page<TieEntity>> {
    if (Boolean(args.personId) === Boolean(args.groupId))
      throw badInput('Give either personId or groupId.', 'personId');
    const query = this.dataSource.getRepository(TieEntity).createQueryBuilder('t');
    if (args.personId)
      query.where('(t.from_person_id = :id OR t.to_person_id = :id)', { id: args.personId });
    // A group's public ties are to other groups and to spaces; who belongs to it stays private.
    if (args.groupId)
      query
        .where('(t.from_group_id = :id OR t.to_group_id = :id)', { id: args.groupId })
        .andWhere('t.from_person_id IS NULL AND t.to_person_id IS NULL');
    if (args.kind) query.andWhere('t.kind = :kind', { kind: args.kind });
    return paginate(query, {
      sortBy: 't.last_seen_at',
      sortValue: (t) => t.lastSeenAt.toISOString(),
      direction: 'DESC',
      first: args.first,
      after: args.after,
    });
  }
}
