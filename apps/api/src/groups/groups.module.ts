import { Module } from '@nestjs/common';
import { GroupsResolver, MembershipResolver } from './groups.resolver';
import { GroupsService } from './groups.service';
import { MembershipPersonResolver, PersonMembershipsResolver } from './person-memberships.resolver';

@Module({
  providers: [
    GroupsService,
    GroupsResolver,
    MembershipResolver,
    PersonMembershipsResolver,
    MembershipPersonResolver,
  ],
  exports: [GroupsService],
})
export class GroupsModule {}
