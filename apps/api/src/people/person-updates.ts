import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestAccess } from '../access/request-access';
import { DATA_SOURCE } from '../database/tokens';
import { forbidden } from '../graphql/domain-error';
import type { GraphQLContext } from '../graphql/loaders';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { PersonEntity } from './person.entity';
import { PersonModel, toPersonModel } from './person.model';

/** One event of a live profile: the fresh profile, or the news that the viewer lost access. */
export type PersonUpdate = { person: PersonModel } | { accessEnded: true };

/**
 * Live profiles for `personUpdated`. Access is checked again at every change, with nothing cached
 * from earlier, so withdrawing consent ends every open view of the profile at once.
 */
@Injectable()
export class PersonUpdates {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
  ) {}

  async *watch(personId: string, access: RequestAccess): AsyncGenerator<PersonUpdate> {
    const changes = this.pubSub.iterate(topics.personChanged(personId));
    try {
      for await (const _change of changes) {
        const basis = await access.as(access.viewer).profileBasis(personId);
        if (!basis) {
          yield { accessEnded: true };
          return;
        }
        const person = await this.dataSource
          .getRepository(PersonEntity)
          .findOneBy({ id: personId });
        if (!person) return;
        yield { person: toPersonModel(person) };
      }
    } finally {
      await changes.return?.();
    }
  }

  /** The `resolve` step of the subscription: fields of each event are checked with fresh access. */
  static deliver(update: PersonUpdate, context: GraphQLContext): PersonModel {
    if ('accessEnded' in update) throw forbidden('You can no longer see this person’s details.');
    context.access = context.access.as(context.access.viewer);
    return update.person;
  }
}
