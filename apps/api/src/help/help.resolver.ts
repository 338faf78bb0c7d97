import { Anyone } from '../access/policies';
import { Allow } from '../access/policy';
import { HelpPostAuthorOf } from './help-post.policies';
import {
  Args,
  ID,
  Context,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { GroupEntity } from '../groups/group.entity';
import { GroupModel } from '../groups/group.model';
import { IdArgs, UuidPipe } from '../graphql/id.args';
import { GraphQLContext } from '../graphql/loaders';
import { PersonEntity } from '../people/person.entity';
import { PersonModel, toPersonModel } from '../people/person.model';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { AreaCellArgs } from './dto/area-cell.args';
import { CreateHelpPostInput, UpdateHelpPostInput } from './dto/help-post.input';
import { HelpPostsArgs } from './dto/help-posts.args';
import { HelpPostEntity } from './help-post.entity';
import { HelpPostConnection, HelpPostModel } from './help-post.model';
import { HelpService } from './help.service';

@Resolver(() => HelpPostModel)
export class HelpResolver {
  constructor(
    private readonly helpService: HelpService,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
  ) {}

  @Query(() => HelpPostConnection, {
    description: 'The help board: newest first, open posts unless a status is given.',
  })
  @Allow(Anyone)
  helpPosts(@Args() args: HelpPostsArgs) {
    return this.helpService.list(args);
  }

  @Query(() => HelpPostModel)
  @Allow(Anyone)
  helpPost(@Args() { id }: IdArgs) {
    return this.helpService.get(id);
  }

  @Mutation(() => HelpPostModel)
  @Allow(HelpPostAuthorOf.newPost)
  createHelpPost(@Args('input') input: CreateHelpPostInput, @Context() context: GraphQLContext) {
    return this.helpService.create(input, context.access.viewer!.personId);
  }

  @Mutation(() => HelpPostModel)
  @Allow(HelpPostAuthorOf.existingPost)
  updateHelpPost(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateHelpPostInput,
  ) {
    return this.helpService.update(id, input);
  }

  @Subscription(() => HelpPostModel, {
    description: 'New help posts in one area cell, as they are posted.',
  })
  @Allow(Anyone)
  helpPostCreated(@Args() { areaCell }: AreaCellArgs) {
    return this.pubSub.iterate(topics.helpPosted(areaCell));
  }

  @ResolveField(() => GroupModel, { nullable: true })
  @Allow(Anyone)
  authorGroup(@Parent() post: HelpPostEntity, @Context() { loaders }: GraphQLContext) {
    return post.authorGroupId ? loaders.byId(GroupEntity).load(post.authorGroupId) : null;
  }

  @ResolveField(() => PersonModel, { nullable: true })
  @Allow(Anyone)
  async authorPerson(@Parent() post: HelpPostEntity, @Context() { loaders }: GraphQLContext) {
    const person = post.authorPersonId
      ? await loaders.byId(PersonEntity).load(post.authorPersonId)
      : null;
    return person ? toPersonModel(person) : null;
  }
}
