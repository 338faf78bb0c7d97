import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/tokens';
import { changesFrom } from '../graphql/changes';
import { GroupEntity } from '../groups/group.entity';
import { badInput } from '../graphql/domain-error';
import { Page, paginate } from '../graphql/pagination';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { CreateHelpPostInput, UpdateHelpPostInput } from './dto/help-post.input';
import { HelpPostsArgs } from './dto/help-posts.args';
import { HelpPostEntity } from './help-post.entity';
import { findOrNotFound, requireExists } from '../database/find';

function checkExpiry(expiresAt: Date | undefined | null, now = new Date()): void {
  if (expiresAt && expiresAt <= now)
    throw badInput('The expiry must be in the future.', 'expiresAt');
}

@Injectable()
export class HelpService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
  ) {}

  list(args: HelpPostsArgs): Promise<Page<HelpPostEntity>> {
    const query = this.dataSource
      .getRepository(HelpPostEntity)
      .createQueryBuilder('h')
      .where('h.status = :status', { status: args.status });
    if (args.kind) query.andWhere('h.kind = :kind', { kind: args.kind });
    if (args.category) query.andWhere('h.category = :category', { category: args.category });
    if (args.areaCell) query.andWhere('h.area_cell = :cell', { cell: args.areaCell });
    return paginate(query, {
      sortBy: 'h.created_at',
      sortValue: (h) => h.createdAt.toISOString(),
      direction: 'DESC',
      first: args.first,
      after: args.after,
    });
  }

  async get(id: string): Promise<HelpPostEntity> {
    return findOrNotFound(this.dataSource.manager, HelpPostEntity, { id }, 'help post');
  }

  /** A post by the viewer, or by a group they organise when `authorGroupId` is given. */
  async create(input: CreateHelpPostInput, viewerPersonId: string): Promise<HelpPostEntity> {
    checkExpiry(input.expiresAt);
    if (input.authorGroupId)
      await requireExists(this.dataSource.manager, GroupEntity, input.authorGroupId, 'group');
    const post = await this.dataSource.getRepository(HelpPostEntity).save({
      ...input,
      title: input.title.trim(),
      authorPersonId: input.authorGroupId ? null : viewerPersonId,
      authorGroupId: input.authorGroupId ?? null,
      quantity: input.quantity ?? null,
      expiresAt: input.expiresAt ?? null,
    });
    // Published only once the row is committed, so subscribers can always read what they are told about.
    await this.pubSub.publish(topics.helpPosted(post.areaCell), { helpPostCreated: post });
    return post;
  }

  async update(id: string, input: UpdateHelpPostInput): Promise<HelpPostEntity> {
    const post = await this.get(id);
    checkExpiry(input.expiresAt);
    const changes = changesFrom(input);
    return this.dataSource.getRepository(HelpPostEntity).save({ ...post, ...changes });
  }
}
