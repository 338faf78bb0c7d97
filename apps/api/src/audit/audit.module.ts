import { Module } from '@nestjs/common';
import { AuditResolver, MyDataAccessResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Module({ providers: [AuditService, AuditResolver, MyDataAccessResolver] })
export class AuditModule {}
