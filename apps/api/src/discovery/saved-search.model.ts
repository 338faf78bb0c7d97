import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
import { SessionSearchResultModel } from './session-search.model';

@ObjectType('SavedSearch', { description: 'A search I keep, to run again and to be told about.' })
@PersonalData()
export class SavedSearchModel {
  @Field(() => ID)
  @Allow(ThroughParent)
  id!: string;

  @Field()
  @Allow(ThroughParent)
  name!: string;

  @Field({ description: 'The saved sessionSearch arguments, as JSON.' })
  @Allow(ThroughParent)
  criteria!: string;

  @Field(() => GraphQLISODateTime)
  @Allow(ThroughParent)
  createdAt!: Date;
}

@ObjectType('SavedSearchMatch', {
  description: 'A new or changed session that fits a saved search.',
})
@PersonalData()
export class SavedSearchMatchModel {
  @Field(() => SavedSearchModel)
  @Allow(ThroughParent)
  savedSearch!: SavedSearchModel;

  @Field(() => SessionSearchResultModel)
  @Allow(ThroughParent)
  result!: SessionSearchResultModel;
}
