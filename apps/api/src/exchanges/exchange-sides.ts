import { HelpPostKind } from '@village/shared';

/** The two sides of an exchange: the post's (its author, or its group) and the person who responded. */
export enum ExchangeSide {
  POST = 'POST',
  RESPONDER = 'RESPONDER',
}

/** Who gives: the post's side for an offer, the responder for a request. */
export function givingSide(kind: HelpPostKind): ExchangeSide {
  return kind === HelpPostKind.OFFER ? ExchangeSide.POST : ExchangeSide.RESPONDER;
}

export function otherSide(side: ExchangeSide): ExchangeSide {
  return side === ExchangeSide.POST ? ExchangeSide.RESPONDER : ExchangeSide.POST;
}
