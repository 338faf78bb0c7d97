import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/tokens';
import { changesFrom } from '../graphql/changes';
import { badInput } from '../graphql/domain-error';
import { Page, paginate } from '../graphql/pagination';
import { CreateSpaceInput, OpeningPeriodInput, UpdateSpaceInput } from './dto/space.input';
import { SpacesArgs } from './dto/spaces.args';
import { SpaceEntity } from './space.entity';
import { findOrNotFound } from '../database/find';

function checkOpeningHours(periods: OpeningPeriodInput[]): void {
  const closesBeforeOpening = periods.find((p) => p.closes <= p.opens);
  if (closesBeforeOpening)
    throw badInput(
      `On day ${closesBeforeOpening.weekday} the space closes before it opens.`,
      'openingHours',
    );
}

@Injectable()
export class SpacesService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

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

  create(input: CreateSpaceInput): Promise<SpaceEntity> {
    checkOpeningHours(input.openingHours);
    return this.dataSource.getRepository(SpaceEntity).save({ ...input, name: input.name.trim() });
  }

  async update(id: string, input: UpdateSpaceInput): Promise<SpaceEntity> {
    const space = await this.get(id);
    if (input.openingHours) checkOpeningHours(input.openingHours);
    const changes = changesFrom(input);
    return this.dataSource.getRepository(SpaceEntity).save({ ...space, ...changes });
  }
}
