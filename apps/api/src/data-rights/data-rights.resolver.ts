import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/policies';
import { Allow } from '../access/policy';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../database/tokens';
import type { GraphQLContext } from '../graphql/loaders';
import { clearSessionCookie } from '../access/session-cookie';
import { DataRightsService } from './data-rights.service';
import { PasswordArgs } from './dto/password.args';

@Resolver()
export class DataRightsResolver {
  constructor(
    private readonly dataRights: DataRightsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => String, {
    description:
      'Everything Village holds about me, as a JSON document. A mutation because it is recorded in the audit log.',
  })
  @Allow(SignedIn)
  async exportMyData(@Context() context: GraphQLContext) {
    return JSON.stringify(await this.dataRights.export(context.access.viewer!), null, 2);
  }

  @Mutation(() => Boolean, {
    description:
      'Erases my account and personal data. Others keep their history with me as "Former member".',
  })
  @Allow(SignedIn)
  async deleteMyAccount(@Args() { password }: PasswordArgs, @Context() context: GraphQLContext) {
    await this.dataRights.erase(context.access.viewer!, password);
    if (context.res) clearSessionCookie(context.res, this.config.secureCookies);
    context.access = context.access.as(null);
    return true;
  }
}
