import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/tokens';
import { notFound } from '../graphql/domain-error';
import { Page, paginate } from '../graphql/pagination';
import { PeopleArgs } from './dto/people.args';
import { HouseholdEntity } from './household.entity';
import { PersonEntity } from './person.entity';

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
    const person = await this.dataSource.getRepository(PersonEntity).findOneBy({ id });
    if (!person) throw notFound('person');
    return person;
  }

  async household(id: string): Promise<HouseholdEntity> {
    const household = await this.dataSource.getRepository(HouseholdEntity).findOneBy({ id });
    if (!household) throw notFound('household');
    return household;
  }
}
