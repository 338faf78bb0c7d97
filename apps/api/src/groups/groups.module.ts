import { Module } from '@nestjs/common';
import { GroupsResolver, MembershipResolver } from './groups.resolver';
import { GroupsService } from './groups.service';

@Module({
  providers: [GroupsService, GroupsResolver, MembershipResolver],
  exports: [GroupsService],
})
export class GroupsModule {}
