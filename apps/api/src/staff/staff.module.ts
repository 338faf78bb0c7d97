import { Module } from '@nestjs/common';
import { MyRolesResolver, StaffResolver } from './staff.resolver';
import { StaffService } from './staff.service';

@Module({ providers: [StaffService, StaffResolver, MyRolesResolver] })
export class StaffModule {}
