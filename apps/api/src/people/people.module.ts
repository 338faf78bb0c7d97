import { Module } from '@nestjs/common';
import { MembershipPersonResolver, PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { PersonUpdates } from './person-updates';

@Module({ providers: [PeopleService, PersonUpdates, PeopleResolver, MembershipPersonResolver] })
export class PeopleModule {}
