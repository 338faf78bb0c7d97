import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestAccess } from '../access/request-access';
import { DATA_SOURCE } from '../database/tokens';
import { LoggedEvent, LoggedTopic, replayThenLive } from '../realtime/event-log';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { ExchangeEntity } from './exchange.entity';
import { ExchangeEventModel, ExchangeMessageEventModel, toMessageModel } from './exchange.model';
import { ExchangesService } from './exchanges.service';

/**
 * The live side of exchanges, each stream following the event log (so a client that reconnects
 * with `since` catches up). Every event, replayed or live, is checked against the viewer's access
 * as it is now (a fresh RequestAccess each time), by the same rules as the queries.
 */
@Injectable()
export class ExchangeStreams {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
    private readonly exchanges: ExchangesService,
  ) {}

  /**
   * Responses to posts of the viewer's side. One whose exchange they are no longer a side of (an
   * organiser who has left the group) is skipped: the stream is theirs, it does not end.
   */
  responses(access: RequestAccess, since: string | null) {
    return replayThenLive(this.dataSource, this.pubSub, {
      topics: [topics.helpResponse(access.viewer!.personId)],
      since,
      map: async ({ seq, subjectId }) => {
        const exchange = await this.exchanges.asSide(access.as(access.viewer), subjectId);
        return exchange && { helpPostResponded: { cursor: seq, exchange } };
      },
    });
  }

  /** New messages in one exchange: held or removed ones only to their author, as in `exchangeMessages`. */
  messages(access: RequestAccess, exchangeId: string, since: string | null) {
    return this.followExchange(access, exchangeId, topics.exchangeMessage, since, async (event) => {
      const message = await this.exchanges.visibleMessage(event.subjectId, access.viewer!.personId);
      const added: ExchangeMessageEventModel | null = message && {
        cursor: event.seq,
        message: toMessageModel(message),
      };
      return added && { exchangeMessageAdded: added };
    });
  }

  /** One exchange each time it changes, as it is now. */
  changes(access: RequestAccess, exchangeId: string, since: string | null) {
    return this.followExchange(
      access,
      exchangeId,
      topics.exchangeChanged,
      since,
      async (event, exchange) => {
        const updated: ExchangeEventModel = { cursor: event.seq, exchange };
        return { exchangeUpdated: updated };
      },
    );
  }

  /**
   * A stream about one exchange: the viewer must still be one of its sides at every event (read
   * afresh and handed to `map`), and the moment their access changes (`person/<id>/changed`: no
   * longer organiser of the group, …) the stream ends with FORBIDDEN rather than at the next event.
   */
  private followExchange<R>(
    access: RequestAccess,
    exchangeId: string,
    topicOf: (exchangeId: string) => LoggedTopic,
    since: string | null,
    map: (event: LoggedEvent, exchange: ExchangeEntity) => Promise<R | null>,
  ) {
    const requireSide = () => this.exchanges.requireSide(access.as(access.viewer), exchangeId);
    return replayThenLive(this.dataSource, this.pubSub, {
      topics: [topicOf(exchangeId)],
      since,
      map: async (event) => map(event, await requireSide()),
      accessTopics: [topics.personChanged(access.viewer!.personId)],
      recheck: async () => void (await requireSide()),
    });
  }
}
