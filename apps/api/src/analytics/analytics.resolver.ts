import {
  Args,
  Context,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { Admin, SignedIn, ThroughParent } from '../access/policies';
import { Allow } from '../access/policy';
import { forbidden } from '../graphql/domain-error';
import { deliverFresh, type GraphQLContext } from '../graphql/loaders';
import { AnalysisProgressListener } from './analysis-progress.listener';
import { analysisStream } from './analysis-stream';
import { AnalyticsService } from './analytics.service';
import { AnalysesArgs, AnalysisArgs, AnalysisChangedArgs } from './dto/social-graph-analysis.args';
import { GraphSnapshotStatus } from './graph-snapshot.entity';
import {
  HouseholdConnectednessSummaryModel,
  MyConnectednessModel,
  SocialGraphAnalysisModel,
  SocialGraphAreaModel,
  toAnalysisModel,
} from './social-graph-analysis.model';

@Resolver(() => SocialGraphAnalysisModel)
export class AnalyticsResolver {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly listener: AnalysisProgressListener,
  ) {}

  @Mutation(() => SocialGraphAnalysisModel, {
    description:
      'Queues an analysis of the town’s social graph for the analytics workers (or joins the run already waiting).',
  })
  @Allow(Admin)
  async startSocialGraphAnalysis(@Context() { access }: GraphQLContext) {
    return toAnalysisModel(await this.analytics.start(access.viewer!.personId));
  }

  @Query(() => SocialGraphAnalysisModel, {
    nullable: true,
    description: 'A run of the analysis by id, or the newest COMPLETE one.',
  })
  @Allow(Admin)
  async socialGraphAnalysis(@Args() { id }: AnalysisArgs) {
    const row = id ? await this.analytics.byId(id) : await this.analytics.latestComplete();
    return row ? toAnalysisModel(row) : null;
  }

  @Query(() => [SocialGraphAnalysisModel], { description: 'Runs of the analysis, newest first.' })
  @Allow(Admin)
  async socialGraphAnalyses(@Args() { first }: AnalysesArgs) {
    return (await this.analytics.history(first)).map(toAnalysisModel);
  }

  @Subscription(() => SocialGraphAnalysisModel, {
    description:
      'Progress of the analysis as workers report it: one run (its state now, then each change until it ends), or every run.',
    resolve: deliverFresh('socialGraphAnalysisChanged'),
  })
  @Allow(Admin)
  async socialGraphAnalysisChanged(
    @Args() { id }: AnalysisChangedArgs,
    @Context() { access }: GraphQLContext,
  ) {
    await this.listener.ready();
    const changes = this.listener.changes();
    const personId = access.viewer!.personId;
    return analysisStream(changes, id ?? null, async (runId) => {
      if (!(await this.analytics.isAdmin(personId))) throw forbidden();
      const row = await this.analytics.byId(runId);
      return row ? toAnalysisModel(row) : null;
    });
  }

  @ResolveField(() => [SocialGraphAreaModel], {
    description: 'Each area’s figures, once COMPLETE; areas with fewer than 5 people are left out.',
  })
  @Allow(ThroughParent)
  areas(@Parent() run: SocialGraphAnalysisModel) {
    return run.status === GraphSnapshotStatus.COMPLETE ? this.analytics.areas(run.id) : [];
  }

  @ResolveField(() => HouseholdConnectednessSummaryModel, {
    nullable: true,
    description: 'How many households have each connectedness factor, once COMPLETE: counts only.',
  })
  @Allow(ThroughParent)
  households(@Parent() run: SocialGraphAnalysisModel) {
    return run.status === GraphSnapshotStatus.COMPLETE ? this.analytics.households(run.id) : null;
  }
}

@Resolver(() => MyConnectednessModel)
export class MyConnectednessResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Query(() => MyConnectednessModel, {
    nullable: true,
    description:
      'My own ties, groups and help in the newest analysis of the town (null before the first, or when I was not in it).',
  })
  @Allow(SignedIn)
  myConnectedness(@Context() { access }: GraphQLContext) {
    return this.analytics.mine(access.viewer!.personId);
  }
}
