import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/policies';
import { Allow } from '../access/policy';
import type { GraphQLContext } from '../graphql/loaders';
import { PersonModel, toPersonModel } from '../people/person.model';
import { BlocksService } from './blocks.service';
import { PersonIdArgs } from './dto/moderation.args';

@Resolver()
export class BlocksResolver {
  constructor(private readonly blocks: BlocksService) {}

  @Mutation(() => Boolean, {
    description:
      'Blocks a person: neither of you sees the other’s posts or can respond to or message the other; open exchanges between you are called off.',
  })
  @Allow(SignedIn)
  blockPerson(@Args() { personId }: PersonIdArgs, @Context() { access }: GraphQLContext) {
    return this.blocks.block(access, personId);
  }

  @Mutation(() => Boolean, { description: 'Lifts a block I made.' })
  @Allow(SignedIn)
  unblockPerson(@Args() { personId }: PersonIdArgs, @Context() { access }: GraphQLContext) {
    return this.blocks.unblock(access, personId);
  }

  @Query(() => [PersonModel], { description: 'The people I have blocked (their public names).' })
  @Allow(SignedIn)
  async blockedPeople(@Context() { access }: GraphQLContext): Promise<PersonModel[]> {
    const people = await this.blocks.blockedBy(access.viewer!.personId);
    return people.map((person) => toPersonModel(person));
  }
}
