import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { DataRightsResolver } from './data-rights.resolver';
import { DataRightsService } from './data-rights.service';

@Module({
  imports: [IdentityModule],
  providers: [DataRightsService, DataRightsResolver],
})
export class DataRightsModule {}
