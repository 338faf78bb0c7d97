import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { DistanceBand } from '@village/shared';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
import { Connection, Page } from '../graphql/pagination';
import { PersonModel } from '../people/person.model';

/**
 * A parent who chose to be findable by nearby parents at the same stage, as one searcher sees
 * them: whether we share a language and a distance band. Nothing here says where they live (no
 * coordinates, no cell, no distance in metres), which languages they speak or how old their
 * children are (only the Person's name and id are public).
 */
@ObjectType('NearbyParent', {
  description:
    'A parent nearby at a similar life stage (every result is) who chose to be findable: name, whether we share a language, and how far in a coarse band. Never where they live, which languages they speak, or their children’s ages.',
})
@PersonalData()
export class NearbyParentModel {
  @Field(() => PersonModel)
  @Allow(ThroughParent)
  person!: PersonModel;

  @Field({
    description:
      'Whether we both speak at least one language, compared with my search profile (never which).',
  })
  @Allow(ThroughParent)
  sharesALanguage!: boolean;

  @Field(() => DistanceBand, {
    description: 'How far apart our area cells are (centre to centre), in a coarse band.',
  })
  @Allow(ThroughParent)
  distance!: DistanceBand;
}

@ObjectType()
export class NearbyParentConnection extends Connection(NearbyParentModel, 'NearbyParent') {
  @Field(() => GraphQLISODateTime, {
    description:
      'When the languages and life stage this search compares were taken from my profile. Changes to them count at most twice a day (docs/privacy.md), so nobody can learn another parent’s by editing their own.',
  })
  profileAsOf!: Date;
}

export type NearbyParentPage = Page<NearbyParentModel> & { profileAsOf: Date };
