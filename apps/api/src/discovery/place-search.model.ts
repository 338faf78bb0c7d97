import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GroupModel } from '../groups/group.model';
import { Connection } from '../graphql/pagination';
import { SearchOriginModel } from './search-origin.model';
import { SpaceModel } from '../spaces/space.model';

@ObjectType('SpaceSearchResult')
export class SpaceSearchResultModel {
  @Field(() => SpaceModel)
  space!: SpaceModel;

  @Field(() => Int, { description: 'Straight-line metres (spaces are public places).' })
  distanceMetres!: number;

  @Field(() => Int, { description: 'Estimated minutes on foot.' })
  walkingMinutes!: number;
}

@ObjectType()
export class SpaceSearchConnection extends Connection(SpaceSearchResultModel, 'SpaceSearchResult') {
  @Field(() => SearchOriginModel)
  origin!: SearchOriginModel;
}

@ObjectType('GroupSearchResult')
export class GroupSearchResultModel {
  @Field(() => GroupModel)
  group!: GroupModel;

  @Field(() => SpaceModel, { description: 'The nearest space where the group holds sessions.' })
  nearestSpace!: SpaceModel;

  @Field(() => Int, { description: 'Straight-line metres to that space.' })
  distanceMetres!: number;

  @Field(() => Int, { description: 'Estimated minutes on foot.' })
  walkingMinutes!: number;
}

@ObjectType()
export class GroupSearchConnection extends Connection(GroupSearchResultModel, 'GroupSearchResult') {
  @Field(() => SearchOriginModel)
  origin!: SearchOriginModel;
}
