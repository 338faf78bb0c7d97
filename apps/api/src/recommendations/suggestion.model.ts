import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SuggestionReasonKind } from '@village/shared';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
import { SessionSearchResultModel } from '../discovery/session-search.model';

@ObjectType('SuggestionReason', {
  description:
    'Why Village suggests it beyond its fit: a day that suits me, who goes, and the circle it opens.',
})
@PersonalData()
export class SuggestionReasonModel {
  @Field(() => SuggestionReasonKind)
  @Allow(ThroughParent)
  kind!: SuggestionReasonKind;

  @Field({
    description:
      'For ON_YOUR_DAY the first start on one of your days, "TU 10:00" (town time); for PEOPLE_YOU_KNOW_GO the names of those who let their connections see it, comma-separated; for NEW_CIRCLE the percentage of people there new to you; otherwise empty.',
  })
  @Allow(ThroughParent)
  detail!: string;
}

@ObjectType('SessionSuggestion', {
  description:
    'A session suggested to me: how it fits (as in discovery), and what it would do for my ties.',
})
@PersonalData()
export class SessionSuggestionModel {
  @Field(() => SessionSearchResultModel, {
    description: 'The session, its distance, next dates and fit reasons.',
  })
  @Allow(ThroughParent)
  match!: SessionSearchResultModel;

  @Field(() => [SuggestionReasonModel])
  @Allow(ThroughParent)
  reasons!: SuggestionReasonModel[];
}

/** What a person has yet to tell Village before it can suggest well. */
export enum SuggestionsNeed {
  /** No rough area: nothing can be near. */
  AREA = 'AREA',
  /** No life stage: sessions are not matched to a child's age. */
  LIFE_STAGE = 'LIFE_STAGE',
}
registerEnumType(SuggestionsNeed, { name: 'SuggestionsNeed' });

@ObjectType('SessionSuggestions')
@PersonalData()
export class SessionSuggestionsModel {
  /** Best first, as many as may be asked for; the `items` field gives the first few. */
  ranked!: SessionSuggestionModel[];

  @Field(() => [SuggestionsNeed], {
    description: 'What to add to my profile for better suggestions (none when nothing is missing).',
  })
  @Allow(ThroughParent)
  needs!: SuggestionsNeed[];

  @Field({
    description:
      'Whether ties were weighed: false until the first social-graph analysis has finished.',
  })
  @Allow(ThroughParent)
  weighedTies!: boolean;
}
