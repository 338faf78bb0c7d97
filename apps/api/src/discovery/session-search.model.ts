import {
  Field,
  Float,
  GraphQLISODateTime,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { Connection } from '../graphql/pagination';
import { SearchOriginModel } from './search-origin.model';
import { SessionModel } from '../sessions/session.model';
import { MatchReasonKind } from './session-match';

registerEnumType(MatchReasonKind, { name: 'MatchReasonKind' });

@ObjectType('MatchReason', { description: 'One thing the session matched, and what exactly.' })
export class MatchReasonModel {
  @Field(() => MatchReasonKind)
  kind!: MatchReasonKind;

  @Field()
  detail!: string;
}

@ObjectType('SessionSearchResult')
export class SessionSearchResultModel {
  @Field(() => SessionModel)
  session!: SessionModel;

  @Field(() => Int, { description: 'Straight-line metres to the space (spaces are public).' })
  distanceMetres!: number;

  @Field(() => Int, { description: 'Estimated minutes on foot, at a pram’s pace along streets.' })
  walkingMinutes!: number;

  @Field(() => [GraphQLISODateTime], {
    description: 'The next starts that fit the asked days and times (Europe/London rules).',
  })
  nextOccurrences!: Date[];

  /** Every start in the coming weeks that fits the asked days and times; not in the schema. */
  occurrences!: Date[];

  @Field(() => [MatchReasonModel])
  reasons!: MatchReasonModel[];

  @Field(() => Float, { description: 'How well it fits, 0 to 1: closeness, language, age.' })
  fit!: number;
}

@ObjectType()
export class SessionSearchConnection extends Connection(
  SessionSearchResultModel,
  'SessionSearchResult',
) {
  @Field(() => SearchOriginModel)
  origin!: SearchOriginModel;
}
