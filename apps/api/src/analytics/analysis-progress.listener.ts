import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { EventEmitter, on } from 'node:events';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { DATA_SOURCE, LOGGER } from '../database/tokens';
import { databaseUrlOf } from './analysis-queue';
import { PROGRESS_CHANNEL } from './analysis-run';

const CHANGED = 'changed';

/**
 * Hears the workers' progress (PostgreSQL NOTIFY on `village_graph_analysis`, from whatever process
 * or machine runs the job) and hands it to this API process's subscribers. Not the shared PUB_SUB:
 * NOTIFY already reaches every API process, so relaying it over Redis would deliver each event once
 * per process. One LISTEN connection per process, opened by the first subscriber.
 */
@Injectable()
export class AnalysisProgressListener implements OnModuleDestroy {
  private readonly events = new EventEmitter().setMaxListeners(0);
  private client: Promise<Client> | null = null;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Resolves once this process is listening, so nothing said after it is missed. */
  async ready(): Promise<void> {
    this.client ??= this.connect();
    await this.client;
  }

  /**
   * Snapshot ids, each time a run changes, from the moment of the call (events are kept until
   * read). Call `ready` first; `return()` stops listening.
   */
  changes(): AsyncIterableIterator<[snapshotId: string]> {
    return on(this.events, CHANGED) as AsyncIterableIterator<[string]>;
  }

  private async connect(): Promise<Client> {
    const url = databaseUrlOf(this.dataSource);
    const client = new Client({ connectionString: url, application_name: 'village-api-listen' });
    client.on('notification', (message) => {
      if (message.payload) this.events.emit(CHANGED, message.payload);
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'analysis progress listener lost its connection');
      this.client = null;
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PROGRESS_CHANNEL}`);
    } catch (error) {
      this.client = null;
      await client.end().catch(() => undefined);
      throw error;
    }
    return client;
  }

  async onModuleDestroy(): Promise<void> {
    const client = await this.client?.catch(() => null);
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
