import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { GoingModule } from '../going/going.module';
import { IdentityModule } from '../identity/identity.module';
import { AuditResolver, MyDataAccessResolver } from './audit.resolver';
import { DataRightsResolver } from './data-rights.resolver';
import { DataRightsService } from './data-rights.service';

@Module({
  imports: [IdentityModule, AuditModule, GoingModule],
  providers: [DataRightsService, DataRightsResolver, AuditResolver, MyDataAccessResolver],
})
export class DataRightsModule {}
