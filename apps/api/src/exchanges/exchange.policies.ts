import { AccessBasisKind } from '../access/access-basis';
import type { Policy, PolicyInput } from '../access/policy';
import type { RequestAccess } from '../access/request-access';
import { HelpPostEntity } from '../help/help-post.entity';
import { onPostSide } from '../help/help-post.policies';
import { ExchangeEntity } from './exchange.entity';
import { ExchangeSide } from './exchange-sides';

/**
 * The side of an exchange the viewer is on, or null when they are on neither: the responder; the
 * post's author; for a group's post, any organiser of that group (they manage its exchanges).
 */
export async function viewerSide(
  access: RequestAccess,
  exchange: Pick<ExchangeEntity, 'responderPersonId'>,
  post: Pick<HelpPostEntity, 'authorPersonId' | 'authorGroupId'>,
): Promise<ExchangeSide | null> {
  const me = access.viewer?.personId;
  if (!me) return null;
  if (exchange.responderPersonId === me) return ExchangeSide.RESPONDER;
  return (await onPostSide(access, post)) ? ExchangeSide.POST : null;
}

/**
 * Only the two sides of an exchange may use it. With `audited`, an organiser reading the
 * conversation of their group's exchange is recorded in the responder's data access log.
 */
function exchangeParty(
  what: string,
  exchangeIdOf: (input: PolicyInput) => unknown,
  { audited = false } = {},
): Policy {
  return {
    name: `ExchangeParty(${what})`,
    async check(input) {
      const id = exchangeIdOf(input);
      if (!input.access.viewer || typeof id !== 'string') return false;
      const exchange = await input.loaders.byId(ExchangeEntity).load(id);
      const post = exchange && (await input.loaders.byId(HelpPostEntity).load(exchange.helpPostId));
      if (!exchange || !post) return false;
      const side = await viewerSide(input.access, exchange, post);
      if (!side) return false;
      if (audited && side === ExchangeSide.POST && post.authorGroupId)
        await input.access.recordRead(exchange.responderPersonId, input.field, {
          kind: AccessBasisKind.ORGANISER,
          viaGroupId: post.authorGroupId,
          purpose: null,
        });
      return true;
    },
  };
}

/** Operations on one exchange, named by an `exchangeId` argument (or `id` for `exchange`). */
export const ExchangeParty = exchangeParty(
  'the exchange in `exchangeId` or `id`',
  ({ args }) => args['exchangeId'] ?? args['id'],
);

/** Reading an exchange's conversation; organisers' reads are audited. */
export const ExchangeConversation = exchangeParty(
  'the conversation of the exchange in `exchangeId`',
  ({ args }) => args['exchangeId'],
  { audited: true },
);
