import { Module } from '@nestjs/common';
import { AnalysisProgressListener } from './analysis-progress.listener';
import { AnalyticsResolver, MyConnectednessResolver } from './analytics.resolver';
import { AnalyticsService } from './analytics.service';

@Module({
  providers: [
    AnalyticsService,
    AnalysisProgressListener,
    AnalyticsResolver,
    MyConnectednessResolver,
  ],
  exports: [AnalyticsService],
})
export class AnalyticsModule {}
