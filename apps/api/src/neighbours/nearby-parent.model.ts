import { Field, ObjectType } from '@nestjs/graphql';
import { DistanceBand } from '@village/shared';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
import { Connection } from '../graphql/pagination';
import { PersonModel } from '../people/person.model';
import { LifeStageBand } from './life-stage-band';

/**
 * A parent who chose to be findable by nearby parents at the same stage, as one searcher sees
 * them: what they share and a distance band. Nothing here says where they live: no coordinates,
 * no cell, no distance in metres (only the Person's name and id are public).
 */
@ObjectType('NearbyParent', {
  description:
    'A parent nearby at the same life stage who chose to be findable: name, what we share, and how far in a coarse band. Never where they live.',
})
@PersonalData()
export class NearbyParentModel {
  @Field(() => PersonModel)
  @Allow(ThroughParent)
  person!: PersonModel;

  @Field(() => [String], { description: 'Languages both of us speak.' })
  @Allow(ThroughParent)
  sharedLanguages!: string[];

  @Field(() => [LifeStageBand], {
    description: 'The life stages we share: expecting first, then by child’s age.',
  })
  @Allow(ThroughParent)
  sharedLifeStages!: LifeStageBand[];

  @Field(() => DistanceBand, {
    description: 'How far apart our area cells are (centre to centre), in a coarse band.',
  })
  @Allow(ThroughParent)
  distance!: DistanceBand;
}

@ObjectType()
export class NearbyParentConnection extends Connection(NearbyParentModel, 'NearbyParent') {}
