import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/tokens';
import { PeopleSearchProfileEntity } from './people-search-profile.entity';
import { SearchProfile, searchProfileAt, StoredSearchProfile } from './search-profile';

/** Keeps each account's search profile in PostgreSQL, so every API process compares the same one. */
@Injectable()
export class SearchProfileStore {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The profile a search now compares, given the live one (renewing the copy when allowed). */
  current(accountId: string, live: SearchProfile, now: Date): Promise<StoredSearchProfile> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(PeopleSearchProfileEntity);
      // Locked, so two searches at once cannot both count as a change.
      const stored = await repository.findOne({
        where: { accountId },
        lock: { mode: 'pessimistic_write' },
      });
      const { profile, renewed } = searchProfileAt(stored, live, now);
      if (renewed) await repository.upsert({ accountId, ...profile }, ['accountId']);
      return profile;
    });
  }
}
