import { Module } from '@nestjs/common';
import { HelpModule } from '../help/help.module';
import { IdentityModule } from '../identity/identity.module';
import { DataRightsResolver } from './data-rights.resolver';
import { DataRightsService } from './data-rights.service';

@Module({
  imports: [IdentityModule, HelpModule],
  providers: [DataRightsService, DataRightsResolver],
})
export class DataRightsModule {}
