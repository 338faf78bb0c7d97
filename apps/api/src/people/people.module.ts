import { Module } from '@nestjs/common';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { PersonUpdates } from './person-updates';

@Module({ providers: [PeopleService, PersonUpdates, PeopleResolver] })
export class PeopleModule {}
