import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { DATA_SOURCE, LOGGER } from '../database/tokens';
import { pruneEvents } from '../realtime/event-log';
import { HelpService } from './help.service';

/** How often open posts past their expiry are marked EXPIRED. */
export const EXPIRY_SWEEP_MS = 60_000;

/**
 * Marks expired posts in the background, and forgets real-time events too old to catch up on, each
 * on its own (one failing does not stop the other). The board never waits for it: it already
 * leaves out open posts past their expiry, and a post's status reads EXPIRED from that moment
 * (effectivePostStatus).
 */
@Injectable()
export class HelpExpirySweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly help: HelpService,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), EXPIRY_SWEEP_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Returns how many posts expired (0 when expiring failed). */
  async sweep(now = new Date()): Promise<number> {
    let expired = 0;
    try {
      expired = await this.help.expireDue(now);
      if (expired > 0) this.logger.info({ expired }, 'help posts expired');
    } catch (error) {
      this.logger.error({ err: error }, 'expiring help posts failed');
    }
    try {
      const forgotten = await pruneEvents(this.dataSource, now);
      if (forgotten > 0) this.logger.info({ forgotten }, 'old real-time events pruned');
    } catch (error) {
      this.logger.error({ err: error }, 'pruning old real-time events failed');
    }
    return expired;
  }
}
