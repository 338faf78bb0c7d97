import { Inject, Injectable } from '@nestjs/common';
import { areaCellsAround, HelpCategory } from '@village/shared';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/tokens';
import { badInput } from '../graphql/domain-error';
import { latestSeq, LoggedEvent, LoggedTopic, replayThenLive } from '../realtime/event-log';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { shareDelivery } from '../realtime/shared-delivery';
import { topics } from '../realtime/topics';
import { PersonEntity } from '../people/person.entity';
import { blockedPeopleOf } from '../blocks/blocks';
import { HelpBoardEventModel } from './help-board-event.model';
import { BoardWatch, mayAnnounceStatus, mayDeliverPost } from './help-post-delivery';
import { HelpPostEntity } from './help-post.entity';
import type { HelpPostsNearArgs } from './dto/help-posts-near.args';

/** What one event of the board sends: the same object to every subscriber it reaches. */
interface Delivery {
  cursor: string;
  helpPost: HelpPostEntity;
}

/** How long after it returns one read of a board event is still shared by late subscribers. */
const SHARED_READ_MS = 100;

/**
 * The board live, and after a reconnect: new posts (`helpPostsNear`) and changes
 * of status (`helpPostStatusChanged`). Each event is read from PostgreSQL once per process and
 * shared by every subscriber it fans out to (10,000 sockets on one post cost one query, not 10,000);
 * each subscriber then applies `mayDeliverPost` or `mayAnnounceStatus` on its own.
 */
@Injectable()
export class HelpBoard {
  private readonly reads = new Map<string, Promise<Delivery | null>>();

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
    return this.watchCells(cells, args.categories ?? null, viewerPersonId);
  }

  /** A watch on these cells (and categories, when some are given) for this viewer. */
  async watchCells(
    cells: readonly string[],
    categories: readonly HelpCategory[] | null,
    viewerPersonId: string | null,
  ): Promise<BoardWatch> {
    return {
      areaCells: new Set(cells),
      categories: categories?.length ? new Set(categories) : null,
      viewerPersonId,
      blocked: await blockedPeopleOf(this.dataSource.manager, viewerPersonId),
    };
  }

  /** Where the log stands now: subscribing with it as `since` misses nothing from this moment. */
  cursor(): Promise<string> {
    return latestSeq(this.dataSource);
  }

  /** New posts for one subscriber, each mapped to what the subscription delivers. */
  posts<R>(
    watch: BoardWatch,
    since: string | null,
    deliver: (event: HelpBoardEventModel) => R,
  ): Promise<AsyncIterableIterator<R>> {
    return this.follow(watch, topics.helpPosted, since, mayDeliverPost, deliver);
  }

  /** Changes of status of posts on the board, for one subscriber. */
  statusChanges<R>(
    watch: BoardWatch,
    since: string | null,
    deliver: (event: HelpBoardEventModel) => R,
  ): Promise<AsyncIterableIterator<R>> {
    return this.follow(watch, topics.helpStatus, since, mayAnnounceStatus, deliver);
  }

  /**
   * One subscriber's stream of the watched cells' topic. A change to the subscriber's own access
   * (a block made or lifted, either way) reloads the blocked set at once, before the next event.
   */
  private follow<R>(
    watch: BoardWatch,
    topicOf: (cell: string) => LoggedTopic,
    since: string | null,
    accept: (post: HelpPostEntity | null, watch: BoardWatch) => boolean,
    deliver: (event: HelpBoardEventModel) => R,
  ): Promise<AsyncIterableIterator<R>> {
    const viewer = watch.viewerPersonId;
    return replayThenLive(this.dataSource, this.pubSub, {
      topics: [...watch.areaCells].map(topicOf),
      since,
      map: async (event) => {
        const delivery = await this.read(event);
        return delivery && accept(delivery.helpPost, watch) ? deliver(delivery) : null;
      },
      accessTopics: viewer ? [topics.personChanged(viewer)] : [],
      recheck: async () => {
        watch.blocked = await blockedPeopleOf(this.dataSource.manager, viewer);
      },
    });
  }

  /**
   * A live event is read once while it fans out: every subscriber it reaches in this process asks
   * within the same turn of the event loop, before the one query returns, and shares the answer
   * (marked with `shareDelivery`, so subscribers asking the same fields share one execution too).
   * It is dropped soon after, so a replay (or a later event) reads the post as it is then.
   */
  private read(event: LoggedEvent): Promise<Delivery | null> {
    const fetch = async () => {
      const post = await this.dataSource
        .getRepository(HelpPostEntity)
        .findOneBy({ id: event.subjectId });
      return post ? { cursor: event.seq, helpPost: post } : null;
    };
    if (event.replayed) return fetch();
    let read = this.reads.get(event.seq);
    if (!read) {
      read = fetch().then((delivery) =>
        delivery
          ? shareDelivery({ cursor: delivery.cursor, helpPost: shareDelivery(delivery.helpPost) })
          : null,
      );
      this.reads.set(event.seq, read);
      const forget = () => setTimeout(() => this.reads.delete(event.seq), SHARED_READ_MS).unref();
      read.then(forget, forget);
    }
    return read;
  }
}
