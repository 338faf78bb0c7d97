import { Module } from '@nestjs/common';
import { GroupPartnershipsResolver, PartnershipsResolver } from './partnerships.resolver';
import { PartnershipsService } from './partnerships.service';

@Module({ providers: [PartnershipsService, PartnershipsResolver, GroupPartnershipsResolver] })
export class PartnershipsModule {}
