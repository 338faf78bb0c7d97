import type { ExchangeFieldsFragment } from '../../../gql/graphql';
import { ExchangeSide } from '../../../gql/graphql';

/** The other side's public name: the responder, or the post's group or author. */
export function otherSideName(exchange: ExchangeFieldsFragment): string {
  if (exchange.mySide === ExchangeSide.Post) return exchange.responder.displayName;
  const post = exchange.helpPost;
  return post.authorGroup?.name ?? post.authorPerson?.displayName ?? '';
}

/** Whether my side, and the other, have said yes. */
export function agreement(exchange: ExchangeFieldsFragment): { mine: boolean; theirs: boolean } {
  const post = exchange.agreedByPostSide;
  const responder = exchange.agreedByResponder;
  return exchange.mySide === ExchangeSide.Post
    ? { mine: post, theirs: responder }
    : { mine: responder, theirs: post };
}

/** Whether I give in this exchange (the other side receives), or receive. */
export const iGive = (exchange: ExchangeFieldsFragment): boolean =>
  exchange.givingSide === exchange.mySide;
