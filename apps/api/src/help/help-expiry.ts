import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../database/tokens';
import { HelpBoard } from './help-board';
import { HelpService } from './help.service';

/** How often open posts past their expiry are marked EXPIRED. */
export const EXPIRY_SWEEP_MS = 60_000;

/**
 * Marks expired posts in the background, and forgets real-time events too old to catch up on. The board never waits for it: it already leaves out open
 * posts past their expiry, and a post's status reads EXPIRED from that moment (effectivePostStatus).
 */
@Injectable()
export class HelpExpirySweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly help: HelpService,
    private readonly board: HelpBoard,
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

  async sweep(now = new Date()): Promise<number> {
    try {
      const expired = await this.help.expireDue(now);
      if (expired > 0) this.logger.info({ expired }, 'help posts expired');
      const forgotten = await this.board.prune(now);
      if (forgotten > 0) this.logger.info({ forgotten }, 'old real-time events pruned');
      return expired;
    } catch (error) {
      this.logger.error({ err: error }, 'expiring help posts failed');
      return 0;
    }
  }
}
