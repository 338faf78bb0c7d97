import { Module } from '@nestjs/common';
import { HouseholdResolver, MembershipPersonResolver, PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({ providers: [PeopleService, PeopleResolver, HouseholdResolver, MembershipPersonResolver] })
export class PeopleModule {}
