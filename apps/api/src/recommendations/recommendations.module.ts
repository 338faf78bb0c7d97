import { Module } from '@nestjs/common';
import { DiscoveryModule } from '../discovery/discovery.module';
import { RecommendationsRepository } from './recommendations.repository';
import { RecommendationsResolver } from './recommendations.resolver';
import { RecommendationsService } from './recommendations.service';

@Module({
  imports: [DiscoveryModule],
  providers: [RecommendationsRepository, RecommendationsService, RecommendationsResolver],
})
export class RecommendationsModule {}
