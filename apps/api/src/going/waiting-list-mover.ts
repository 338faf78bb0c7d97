import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../database/tokens';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { GoingService } from './going.service';

/**
 * Moves people up from waiting lists when a session changes (an organiser raises its capacity):
 * sessions publish every change after it commits, and this fills the places it freed. Cancelling
 * one's own place moves the next person up in that same transaction instead (GoingService.cancel).
 */
@Injectable()
export class WaitingListMover implements OnApplicationBootstrap, OnApplicationShutdown {
  private changes: AsyncIterableIterator<{ sessionId: string }> | null = null;

  constructor(
    private readonly going: GoingService,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    const changes = this.pubSub.iterate(topics.sessionsChanged);
    this.changes = changes;
    void (async () => {
      for await (const { sessionId, placesAdded } of changes) {
        if (!placesAdded) continue;
        await this.going
          .fillFreedPlaces(sessionId)
          .catch((error: unknown) =>
            this.logger.error(
              { err: error, sessionId },
              'moving people up from a waiting list failed',
            ),
          );
      }
    })();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.changes?.return?.();
    this.changes = null;
  }
}
