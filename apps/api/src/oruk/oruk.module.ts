import { Module } from '@nestjs/common';
import { OpenReferralController } from './oruk.controller';
import { OpenReferralExporter } from './oruk-export.service';
import { OpenReferralImporter } from './oruk-import.service';
import { OpenReferralResolver } from './oruk.resolver';

/** Open Referral (HSDS 3.0 / ORUK): import a directory into groups, spaces and sessions; export them. */
@Module({
  controllers: [OpenReferralController],
  providers: [OpenReferralImporter, OpenReferralExporter, OpenReferralResolver],
})
export class OpenReferralModule {}
