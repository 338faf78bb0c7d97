import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { findOrNotFound } from '../database/find';
import { DATA_SOURCE } from '../database/tokens';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import type { ProfileInput } from './dto/profile.input';
import { PersonEntity } from './person.entity';
import { writeProfile } from './profile-writer';

@Injectable()
export class PeopleService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
  ) {}

  async get(id: string): Promise<PersonEntity> {
    return findOrNotFound(this.dataSource.manager, PersonEntity, { id }, 'person');
  }

  async updateProfile(viewer: Viewer, input: ProfileInput): Promise<PersonEntity> {
    const person = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneByOrFail(PersonEntity, { id: viewer.personId });
      return writeProfile(manager, current, input);
    });
    await this.pubSub.publish(topics.personChanged(person.id), { personId: person.id });
    return person;
  }
}
