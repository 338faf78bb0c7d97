import { Inject, Injectable } from '@nestjs/common';
import { areaCellsAround } from '@village/shared';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/tokens';
import { badInput } from '../graphql/domain-error';
import { latestSeq, LoggedEvent, replayThenLive } from '../realtime/event-log';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { PersonEntity } from '../people/person.entity';
import { HelpBoardEventModel } from './help-board-event.model';
import { BoardWatch, mayDeliverPost } from './help-post-delivery';
import { HelpPostEntity } from './help-post.entity';
import type { HelpPostsNearArgs } from './dto/help-posts-near.args';

/** How long after it returns one read of a new post is still shared by late subscribers. */
const SHARED_READ_MS = 100;

/**
 * New help posts near a subscriber, live and after a reconnect (`helpPostsNear`). Each event is read
 * from PostgreSQL once per process and shared by every subscriber it fans out to (10,000 sockets on
 * one post cost one query, not 10,000); each subscriber then applies `mayDeliverPost` on its own.
 */
@Injectable()
export class HelpBoard {
  private readonly reads = new Map<string, Promise<HelpPostEntity | null>>();

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
  ) {}

  /** The cells asked for, or the viewer's own area and its neighbours. */
  async watchFor(args: HelpPostsNearArgs, viewerPersonId: string | null): Promise<BoardWatch> {
    let cells = args.areaCells ?? null;
    if (!cells) {
      const person = viewerPersonId
        ? await this.dataSource.getRepository(PersonEntity).findOneBy({ id: viewerPersonId })
        : null;
      if (!person?.areaCell)
        throw badInput(
          'Say which area cells to watch, or add your area to your profile.',
          'areaCells',
        );
      cells = areaCellsAround(person.areaCell);
    }
    return {
      areaCells: new Set(cells),
      categories: args.categories?.length ? new Set(args.categories) : null,
    };
  }

  /** Where the log stands now: subscribing with it as `since` misses nothing from this moment. */
  cursor(): Promise<string> {
    return latestSeq(this.dataSource);
  }

  async *watch(watch: BoardWatch, since: string | null): AsyncGenerator<HelpBoardEventModel> {
    const cells = [...watch.areaCells].map((cell) => topics.helpPosted(cell));
    for await (const event of replayThenLive(this.dataSource, this.pubSub, cells, since)) {
      const post = await this.read(event);
      if (mayDeliverPost(post, watch)) yield { cursor: event.seq, helpPost: post };
    }
  }

  /**
   * A live event is read once while it fans out: every subscriber it reaches in this process asks
   * within the same turn of the event loop, before the one query returns, and shares its answer.
   * The answer is dropped soon after, so a replay (or a later event) reads the post as it is then.
   */
  private read(event: LoggedEvent): Promise<HelpPostEntity | null> {
    const fetch = () =>
      this.dataSource.getRepository(HelpPostEntity).findOneBy({ id: event.subjectId });
    if (event.replayed) return fetch();
    let read = this.reads.get(event.seq);
    if (!read) {
      read = fetch();
      this.reads.set(event.seq, read);
      const forget = () => setTimeout(() => this.reads.delete(event.seq), SHARED_READ_MS).unref();
      read.then(forget, forget);
    }
    return read;
  }
}
