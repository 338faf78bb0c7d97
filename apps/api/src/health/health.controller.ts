import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/tokens';
import { RETRY_AFTER_SECONDS } from '../graphql/service-unavailable';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: { status: 'up' | 'down'; latencyMs: number | null; serverVersion: string | null };
  uptimeSeconds: number;
}

/** Liveness and readiness in one: 200 when the database answers, 503 (with Retry-After) when it does not. */
@Controller('health')
export class HealthController {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  @Get()
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const started = performance.now();
    let database: HealthReport['database'];
    try {
      const rows = await this.dataSource.query<{ server_version: string }[]>('SHOW server_version');
      database = {
        status: 'up',
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
        serverVersion: rows[0]?.server_version ?? null,
      };
    } catch {
      database = { status: 'down', latencyMs: null, serverVersion: null };
    }
    const status = database.status === 'up' ? 'ok' : 'unavailable';
    response.status(status === 'ok' ? 200 : 503);
    if (status !== 'ok') response.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    return { status, database, uptimeSeconds: Math.round(process.uptime()) };
  }
}
