import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('OpenReferralRecordCounts', {
  description: 'What happened to the records of one type in an Open Referral import.',
})
export class OpenReferralRecordCountsModel {
  @Field(() => Int, { description: 'Records of this type in the file.' })
  total!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int, { description: 'Already imported and not changed since.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Imported before but no longer in the file (sessions only).' })
  removed!: number;

  @Field(() => Int, { description: 'Refused: each has one entry in `errors`.' })
  failed!: number;

  @Field(() => Int, { description: 'Inactive, or something they need was refused.' })
  skipped!: number;
}

@ObjectType('OpenReferralImportProblem')
export class OpenReferralImportProblemModel {
  @Field({ description: 'organization, location or service.' })
  recordType!: string;

  @Field({ description: 'The record’s id in the file.' })
  recordId!: string;

  @Field({ description: 'What is wrong, written for people.' })
  message!: string;
}

@ObjectType('OpenReferralImportResult')
export class OpenReferralImportResultModel {
  @Field(() => OpenReferralRecordCountsModel, { description: 'Organisations → groups.' })
  organizations!: OpenReferralRecordCountsModel;

  @Field(() => OpenReferralRecordCountsModel, { description: 'Locations → spaces.' })
  locations!: OpenReferralRecordCountsModel;

  @Field(() => OpenReferralRecordCountsModel, {
    description: 'Services, each imported whole or not at all.',
  })
  services!: OpenReferralRecordCountsModel;

  @Field(() => OpenReferralRecordCountsModel, {
    description: 'Sessions: one per service, location and schedule.',
  })
  sessions!: OpenReferralRecordCountsModel;

  @Field(() => [OpenReferralImportProblemModel], {
    description: 'One per record that was not imported.',
  })
  errors!: OpenReferralImportProblemModel[];

  @Field(() => [OpenReferralImportProblemModel], {
    description: 'Details left out of records that were imported.',
  })
  warnings!: OpenReferralImportProblemModel[];
}
