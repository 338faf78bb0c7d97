import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { DATA_SOURCE } from '../database/tokens';
import { notFound } from '../graphql/domain-error';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { DiscoveryService } from './discovery.service';
import type { SessionSearchInput } from './dto/session-search.args';
import { SavedSearchEntity } from './saved-search.entity';
import type { SavedSearchMatchModel, SavedSearchModel } from './saved-search.model';

export const toSavedSearchModel = (search: SavedSearchEntity): SavedSearchModel => ({
  id: search.id,
  name: search.name,
  criteria: JSON.stringify(search.criteria),
  createdAt: search.createdAt,
});

/** Saved searches, and telling their owners when a new or changed session fits one. */
@Injectable()
export class SavedSearchesService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
    private readonly discovery: DiscoveryService,
  ) {}

  mine(personId: string): Promise<SavedSearchEntity[]> {
    return this.dataSource
      .getRepository(SavedSearchEntity)
      .find({ where: { personId }, order: { createdAt: 'DESC' } });
  }

  async save(
    viewer: Viewer,
    name: string,
    criteria: SessionSearchInput,
  ): Promise<SavedSearchEntity> {
    // Checked now (a point or a cell, not both; age or due month), so it can always run later.
    await this.discovery.check(criteria);
    const repository = this.dataSource.getRepository(SavedSearchEntity);
    return repository.save(
      repository.create({
        personId: viewer.personId,
        name: name.trim(),
        criteria: { ...criteria },
      }),
    );
  }

  async remove(viewer: Viewer, id: string): Promise<void> {
    const { affected } = await this.dataSource
      .getRepository(SavedSearchEntity)
      .delete({ id, personId: viewer.personId });
    if (!affected) throw notFound('saved search');
  }

  /**
   * Every session created or changed from now on that fits one of the viewer's saved searches, as
   * it happens (read afresh at each change, so a search saved or deleted meanwhile counts).
   */
  async *matches(viewer: Viewer): AsyncGenerator<{ savedSearchMatches: SavedSearchMatchModel }> {
    const changes = this.pubSub.iterate(topics.sessionsChanged);
    try {
      for await (const { sessionId } of changes) {
        for (const search of await this.mine(viewer.personId)) {
          const result = await this.discovery.matchOne(search.criteria, sessionId);
          if (result)
            yield { savedSearchMatches: { savedSearch: toSavedSearchModel(search), result } };
        }
      }
    } finally {
      await changes.return?.();
    }
  }
}
