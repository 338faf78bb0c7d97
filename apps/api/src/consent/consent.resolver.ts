import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OwnAccount, SignedIn, ThroughParent } from '../access/policies';
import { Allow } from '../access/policy';
import { UuidPipe } from '../graphql/id.args';
import type { GraphQLContext } from '../graphql/loaders';
import { GroupEntity } from '../groups/group.entity';
import { GroupModel } from '../groups/group.model';
import { MeModel } from '../identity/me.model';
import { ConsentModel } from './consent.model';
import { ConsentService, toConsentModel } from './consent.service';
import { GiveConsentInput } from './dto/give-consent.input';

@Resolver(() => ConsentModel)
export class ConsentResolver {
  constructor(private readonly consents: ConsentService) {}

  @Mutation(() => ConsentModel, {
    description: 'I allow something. Giving a consent already in force changes nothing.',
  })
  @Allow(SignedIn)
  async giveConsent(@Args('input') input: GiveConsentInput, @Context() context: GraphQLContext) {
    return toConsentModel(await this.consents.give(context.access.viewer!, input));
  }

  @Mutation(() => ConsentModel, {
    description: 'I take a consent back; it stops applying at once.',
  })
  @Allow(SignedIn)
  async withdrawConsent(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() context: GraphQLContext,
  ) {
    return toConsentModel(await this.consents.withdraw(context.access.viewer!, id));
  }

  @ResolveField(() => GroupModel, { nullable: true })
  @Allow(ThroughParent)
  organisation(@Parent() consent: ConsentModel, @Context() { loaders }: GraphQLContext) {
    return consent.organisationId ? loaders.byId(GroupEntity).load(consent.organisationId) : null;
  }
}

@Resolver(() => MeModel)
export class MyConsentsResolver {
  constructor(private readonly consentService: ConsentService) {}

  @ResolveField(() => [ConsentModel], {
    description: 'My consents, newest first, withdrawn ones included. None given means none.',
  })
  @Allow(OwnAccount)
  async consents(@Parent() me: MeModel) {
    return (await this.consentService.mine(me.personId)).map(toConsentModel);
  }
}
