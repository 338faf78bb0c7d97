import { Module } from '@nestjs/common';
import { ConnectionsResolver } from './connections.resolver';
import { ConnectionsService } from './connections.service';
import { MyTiesResolver } from './my-ties.resolver';
import { MyTiesService } from './my-ties.service';

@Module({ providers: [ConnectionsService, ConnectionsResolver, MyTiesService, MyTiesResolver] })
export class ConnectionsModule {}
