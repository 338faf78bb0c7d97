import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/tokens';
import { GroupEntity } from '../groups/group.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SpaceEntity } from '../spaces/space.entity';
import { serviceListOf } from './oruk-export';

/** The town's groups, spaces and sessions as Open Referral HSDS 3.0 JSON. All of it is public. */
@Injectable()
export class OpenReferralExporter {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async exportDirectory(): Promise<Record<string, unknown>> {
    const manager = this.dataSource.manager;
    const [groups, spaces, sessions] = await Promise.all([
      manager.getRepository(GroupEntity).find(),
      manager.getRepository(SpaceEntity).find(),
      manager.getRepository(SessionEntity).find({ order: { title: 'ASC', id: 'ASC' } }),
    ]);
    return serviceListOf(groups, spaces, sessions);
  }

  async exportJson(): Promise<string> {
    return JSON.stringify(await this.exportDirectory(), null, 2);
  }
}
