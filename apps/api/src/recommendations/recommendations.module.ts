import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module';
import { DiscoveryModule } from '../discovery/discovery.module';
import { RecommendationsRepository } from './recommendations.repository';
import { RecommendationsResolver } from './recommendations.resolver';
import { RecommendationsService } from './recommendations.service';

@Module({
  imports: [AnalyticsModule, DiscoveryModule],
  providers: [RecommendationsRepository, RecommendationsService, RecommendationsResolver],
})
export class RecommendationsModule {}
