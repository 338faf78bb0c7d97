import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
import {
  GraphAnalysisPhase,
  GraphAnalysisTrigger,
  GraphSnapshotEntity,
  GraphSnapshotStatus,
} from './graph-snapshot.entity';

registerEnumType(GraphSnapshotStatus, {
  name: 'SocialGraphAnalysisStatus',
  description: 'QUEUED, RUNNING, COMPLETE (its figures are served) or FAILED.',
});
registerEnumType(GraphAnalysisPhase, { name: 'SocialGraphAnalysisPhase' });
registerEnumType(GraphAnalysisTrigger, { name: 'SocialGraphAnalysisTrigger' });

/** Areas with fewer people than this are never shown on their own. */
export const SMALLEST_AREA_SHOWN = 5;

@ObjectType('SocialGraphAggregate', {
  description: 'Connectedness over a set of people: the town, or one area.',
})
export class SocialGraphAggregateModel {
  @Field(() => Int)
  people!: number;

  @Field(() => Float, { description: 'Share of the people with no active tie to another person.' })
  shareWithoutActiveTie!: number;

  @Field(() => Float)
  medianActiveTies!: number;

  @Field(() => Float)
  shareWithBridgingTie!: number;

  @Field(() => Float)
  shareWithLinkingTie!: number;

  @Field(() => Float, {
    description: 'Share of their households with three or more connectedness factors.',
  })
  shareOfHouseholdsIsolated!: number;
}

@ObjectType('SocialGraphArea', {
  description: `One area cell's figures (areas with fewer than ${SMALLEST_AREA_SHOWN} people are left out).`,
})
export class SocialGraphAreaModel extends SocialGraphAggregateModel {
  @Field()
  areaCell!: string;
}

@ObjectType('HouseholdFactorCount')
export class HouseholdFactorCountModel {
  @Field({
    description:
      'FEW_ACTIVE_TIES, NO_GROUP, NO_RECENT_CONTACT, LANGUAGE_ISOLATION or NO_LINKING_TIE.',
  })
  factor!: string;

  @Field(() => Int)
  households!: number;
}

@ObjectType('HouseholdConnectednessSummary', {
  description: 'Counts only: no household is ever named or ranked.',
})
export class HouseholdConnectednessSummaryModel {
  @Field(() => Int)
  households!: number;

  @Field(() => Int, { description: 'Households with three or more factors.' })
  isolated!: number;

  @Field(() => [HouseholdFactorCountModel])
  factors!: HouseholdFactorCountModel[];
}

@ObjectType('SocialGraphAnalysis', {
  description:
    'One run of the social-graph analysis: its progress and, once COMPLETE, the town’s figures.',
})
export class SocialGraphAnalysisModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphSnapshotStatus)
  status!: GraphSnapshotStatus;

  @Field(() => GraphAnalysisPhase)
  phase!: GraphAnalysisPhase;

  @Field(() => Int, { description: 'The whole run, 0–100.' })
  percent!: number;

  @Field(() => Int, { description: 'Rows done in the current phase.' })
  phaseDone!: number;

  @Field(() => Int)
  phaseTotal!: number;

  @Field(() => GraphAnalysisTrigger)
  trigger!: GraphAnalysisTrigger;

  @Field(() => Int)
  attempts!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The moment the ties’ fading was worked out for.',
  })
  at!: Date | null;

  @Field(() => Int, { nullable: true })
  peopleCount!: number | null;

  @Field(() => Int, { nullable: true })
  groupCount!: number | null;

  @Field(() => Int, { nullable: true })
  tieCount!: number | null;

  @Field(() => Int, { nullable: true })
  communities!: number | null;

  @Field(() => Float, { nullable: true })
  modularity!: number | null;

  @Field(() => SocialGraphAggregateModel, { nullable: true, description: 'Once COMPLETE.' })
  town!: SocialGraphAggregateModel | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  error!: string | null;
}

export function toAnalysisModel(row: GraphSnapshotEntity): SocialGraphAnalysisModel {
  const complete = row.status === GraphSnapshotStatus.COMPLETE;
  return {
    id: row.id,
    status: row.status,
    phase: row.phase,
    percent: row.percent,
    phaseDone: row.phaseDone,
    phaseTotal: row.phaseTotal,
    trigger: row.trigger,
    attempts: row.attempts,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    at: row.at,
    peopleCount: row.peopleCount,
    groupCount: row.groupCount,
    tieCount: row.tieCount,
    communities: row.communities,
    modularity: row.modularity,
    town: complete
      ? {
          people: row.peopleCount ?? 0,
          shareWithoutActiveTie: row.shareWithoutActiveTie ?? 0,
          medianActiveTies: row.medianActiveTies ?? 0,
          shareWithBridgingTie: row.shareWithBridgingTie ?? 0,
          shareWithLinkingTie: row.shareWithLinkingTie ?? 0,
          shareOfHouseholdsIsolated: row.shareOfHouseholdsIsolated ?? 0,
        }
      : null,
    error: row.error,
  };
}

@ObjectType('MyConnectedness', {
  description:
    'My own ties and groups in the latest analysis of the town: mine alone, never compared with anyone.',
})
@PersonalData()
export class MyConnectednessModel {
  @Field(() => GraphQLISODateTime, { description: 'When the analysis was worked out for.' })
  @Allow(ThroughParent)
  at!: Date;

  @Field(() => Int, { description: 'People I have an active tie with.' })
  @Allow(ThroughParent)
  activeTies!: number;

  @Field(() => Int, {
    description: 'Of those, ties to people in my own community who share a language with me.',
  })
  @Allow(ThroughParent)
  bondingTies!: number;

  @Field(() => Int, { description: 'Ties that cross to another community or language.' })
  @Allow(ThroughParent)
  bridgingTies!: number;

  @Field(() => Int, {
    description:
      'Ties across power: between someone who organises a group or is a community worker and someone who does not.',
  })
  @Allow(ThroughParent)
  linkingTies!: number;

  @Field(() => Int)
  @Allow(ThroughParent)
  groups!: number;

  @Field(() => Int)
  @Allow(ThroughParent)
  helpGiven!: number;

  @Field(() => Int)
  @Allow(ThroughParent)
  helpReceived!: number;

  @Field(() => Int, { description: 'People I reach through my active ties.' })
  @Allow(ThroughParent)
  egoOneHop!: number;

  @Field(() => Int, { description: 'People I reach in one or two steps.' })
  @Allow(ThroughParent)
  egoTwoHop!: number;
}
