import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/tokens';
import { Page, paginate } from '../graphql/pagination';
import { PeopleArgs } from './dto/people.args';
import { HouseholdEntity } from './household.entity';
import { PersonEntity } from './person.entity';
import { findOrNotFound } from '../database/find';

@Injectable()
export class PeopleService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  list(args: PeopleArgs): Promise<Page<PersonEntity>> {
    const query = this.dataSource.getRepository(PersonEntity).createQueryBuilder('p');
    if (args.areaCell) query.andWhere('p.area_cell = :cell', { cell: args.areaCell });
    if (args.language) query.andWhere(':language = ANY(p.languages)', { language: args.language });
    return paginate(query, {
      sortBy: 'p.display_name',
      sortValue: (p) => p.displayName,
      first: args.first,
      after: args.after,
    });
  }

  async get(id: string): Promise<PersonEntity> {
    return findOrNotFound(this.dataSource.manager, PersonEntity, { id }, 'person');
  }

  async household(id: string): Promise<HouseholdEntity> {
    return findOrNotFound(this.dataSource.manager, HouseholdEntity, { id }, 'household');
  }
}
