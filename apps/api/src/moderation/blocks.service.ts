import { Inject, Injectable } from '@nestjs/common';
import { ExchangeStatus } from '@village/shared';
import { DataSource } from 'typeorm';
import type { RequestAccess } from '../access/request-access';
import { AuditLog } from '../audit/audit-log';
import { DATA_SOURCE } from '../database/tokens';
import { badInput, notFound } from '../graphql/domain-error';
import { HelpPostEntity } from '../help/help-post.entity';
import { lockPost, settlePosts } from '../help/help-post-moves';
import { statusEvents } from '../help/help.service';
import { PersonEntity } from '../people/person.entity';
import { transactAndPublish } from '../realtime/event-log';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { PersonBlockEntity } from '../blocks/person-block.entity';

/**
 * Blocking: the one who blocks and the one blocked stop seeing each other's posts and cannot
 * respond to or message each other; exchanges between them not yet fulfilled are called off in the
 * same transaction (blocks.ts has the lookups everything else filters with).
 */
@Injectable()
export class BlocksService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
    private readonly audit: AuditLog,
  ) {}

  async block(access: RequestAccess, personId: string): Promise<boolean> {
    const me = access.viewer!.personId;
    if (personId === me) throw badInput('You cannot block yourself.', 'personId');
    const person = await this.dataSource.manager.findOneBy(PersonEntity, { id: personId });
    if (!person || person.erasedAt) throw notFound('person');
    await transactAndPublish(this.dataSource, this.pubSub, async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(PersonBlockEntity)
        .values({ blockerPersonId: me, blockedPersonId: personId })
        .orIgnore()
        .execute();
      await this.audit.recordOwn(me, 'block:added', manager);
      const live = await manager.query<{ id: string; help_post_id: string }[]>(
        `SELECT e.id, e.help_post_id FROM exchange e JOIN help_post h ON h.id = e.help_post_id
          WHERE e.status = ANY($3::exchange_status[])
            AND ((e.responder_person_id = $1 AND h.author_person_id = $2)
              OR (e.responder_person_id = $2 AND h.author_person_id = $1))`,
        [me, personId, [ExchangeStatus.OPEN, ExchangeStatus.AGREED]],
      );
      const now = new Date();
      // Posts are locked first, in one order, as every other change to an exchange does.
      const postIds = [...new Set(live.map((row) => row.help_post_id))].sort();
      const posts: HelpPostEntity[] = [];
      for (const id of postIds) posts.push(await lockPost(manager, id, now));
      const [rows] = await manager.query<[{ id: string }[], number]>(
        `UPDATE exchange SET status = $2, cancelled_at = now(), updated_at = now()
          WHERE id = ANY($1::uuid[]) AND status = ANY($3::exchange_status[]) RETURNING id`,
        [
          live.map((row) => row.id),
          ExchangeStatus.CANCELLED,
          [ExchangeStatus.OPEN, ExchangeStatus.AGREED],
        ],
      );
      const settled = await settlePosts(manager, posts, now);
      const cancelled = [...rows.map((row) => row.id), ...settled.cancelled];
      return { value: undefined, events: statusEvents(settled.moved, cancelled) };
    });
    await this.announce(me, personId);
    return true;
  }

  async unblock(access: RequestAccess, personId: string): Promise<boolean> {
    const me = access.viewer!.personId;
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(PersonBlockEntity, {
        blockerPersonId: me,
        blockedPersonId: personId,
      });
      if (!result.affected) throw notFound('block');
      await this.audit.recordOwn(me, 'block:removed', manager);
    });
    await this.announce(me, personId);
    return true;
  }

  /** Both people's open streams re-read who they see, at once (the board's blocked set). */
  private async announce(...personIds: string[]): Promise<void> {
    for (const personId of personIds)
      await this.pubSub.publish(topics.personChanged(personId), { personId });
  }

  /** The people I blocked (not who blocked me: that is theirs to know), most recent first. */
  async blockedBy(personId: string): Promise<PersonEntity[]> {
    return this.dataSource
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .innerJoin(PersonBlockEntity, 'b', 'b.blocked_person_id = p.id')
      .where('b.blocker_person_id = :me', { me: personId })
      .orderBy('b.created_at', 'DESC')
      .limit(500)
      .getMany();
  }
}
