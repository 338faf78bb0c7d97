import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { OpenReferralExporter } from './oruk-export.service';

/** Directories harvest a URL, so the export is also plain HTTP. Groups, spaces and sessions are public. */
@Controller('open-referral')
export class OpenReferralController {
  constructor(private readonly exporter: OpenReferralExporter) {}

  @Get('export.json')
  async export(@Res() response: Response): Promise<void> {
    response
      .status(200)
      .set({
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'public, max-age=300',
        'Content-Disposition': 'inline; filename="village-open-referral.json"',
      })
      .send(await this.exporter.exportJson());
  }
}
