import { Inject, Injectable } from '@nestjs/common';
import { areaCellsAround } from '@village/shared';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/tokens';
import { badInput } from '../graphql/domain-error';
import {
  canReplayFrom,
  EVENTS_KEPT_DAYS,
  latestSeq,
  LoggedEvent,
  pruneEvents,
  replayThenLive,
} from '../realtime/event-log';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { shareDelivery } from '../realtime/shared-delivery';
import { topics } from '../realtime/topics';
import { PersonEntity } from '../people/person.entity';
import { blockedPeopleOf } from '../safety/blocks';
import { HelpBoardEventModel } from './help-board-event.model';
import { BoardWatch, mayDeliverPost } from './help-post-delivery';
import { HelpPostEntity } from './help-post.entity';
import type { HelpPostsNearArgs } from './dto/help-posts-near.args';

/** What one new post sends: the same object to every subscriber it reaches. */
interface Delivery {
  cursor: string;
  helpPost: HelpPostEntity;
}

/** How long after it returns one read of a new post is still shared by late subscribers. */
const SHARED_READ_MS = 100;

/**
 * New help posts near a subscriber, live and after a reconnect (`helpPostsNear`). Each event is read
 * from PostgreSQL once per process and shared by every subscriber it fans out to (10,000 sockets on
 * one post cost one query, not 10,000); each subscriber then applies `mayDeliverPost` on its own.
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
    return {
      areaCells: new Set(cells),
      categories: args.categories?.length ? new Set(args.categories) : null,
      blocked: await this.blockedFor(viewerPersonId),
    };
  }

  /** People on the other side of a block with the subscriber, whose posts never reach them. */
  blockedFor(viewerPersonId: string | null): Promise<Set<string>> {
    return blockedPeopleOf(this.dataSource.manager, viewerPersonId);
  }

  /** Where the log stands now: subscribing with it as `since` misses nothing from this moment. */
  cursor(): Promise<string> {
    return latestSeq(this.dataSource);
  }

  /** Refuses a cursor from before what the log still keeps: the client must reload the board. */
  async checkCursor(since: string): Promise<void> {
    if (!(await canReplayFrom(this.dataSource, since)))
      throw badInput(
        `That cursor is older than the ${EVENTS_KEPT_DAYS} days of posts kept for catching up. Load the board again and subscribe from helpBoardCursor.`,
        'since',
      );
  }

  /** Forgets events too old to catch up on (the expiry sweep calls it). */
  prune(now = new Date()): Promise<number> {
    return pruneEvents(this.dataSource, now);
  }

  /** New posts for one subscriber, each mapped to what the subscription delivers. */
  watch<R>(
    watch: BoardWatch,
    since: string | null,
    deliver: (event: HelpBoardEventModel) => R,
  ): AsyncIterableIterator<R> {
    const cells = [...watch.areaCells].map((cell) => topics.helpPosted(cell));
    return replayThenLive(this.dataSource, this.pubSub, cells, since, async (event) => {
      const delivery = await this.read(event);
      return delivery && mayDeliverPost(delivery.helpPost, watch) ? deliver(delivery) : null;
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
