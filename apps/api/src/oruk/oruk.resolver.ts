import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Admin, Anyone } from '../access/policies';
import { Allow } from '../access/policy';
import { ImportOpenReferralArgs } from './dto/import-open-referral.args';
import { OpenReferralExporter } from './oruk-export.service';
import { OpenReferralImportResultModel } from './oruk-import-result.model';
import { OpenReferralImporter } from './oruk-import.service';

@Resolver()
export class OpenReferralResolver {
  constructor(
    private readonly importer: OpenReferralImporter,
    private readonly exporter: OpenReferralExporter,
  ) {}

  @Mutation(() => OpenReferralImportResultModel, {
    description:
      'Imports an Open Referral directory into groups, spaces and sessions. Importing it again updates what it made.',
  })
  @Allow(Admin)
  importOpenReferral(@Args() args: ImportOpenReferralArgs) {
    return this.importer.importJson(args.json, { source: args.source ?? undefined });
  }

  @Query(() => String, {
    description:
      'Every group, space and session as Open Referral HSDS 3.0 JSON (a page of services). Also at GET /open-referral/export.json.',
  })
  @Allow(Anyone)
  exportOpenReferral() {
    return this.exporter.exportJson();
  }
}
