import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** Reads of the audit log; the resolvers that show it to people are features (data-rights). */
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
