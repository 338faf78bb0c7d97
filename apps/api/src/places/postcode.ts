import { DomainError, ErrorCode } from '../graphql/domain-error';

export { normalisePostcode } from '@village/shared';

/**
 * Why a place typed into a search could not be used, for a client to word in the person's language
 * (`extensions.reason`); the API's own message is the English wording.
 */
export enum PlaceProblem {
  /** Not shaped like a UK postcode at all. */
  NOT_A_POSTCODE = 'NOT_A_POSTCODE',
  /** A postcode's shape, but not in the loaded postcode table (a typo, or a terminated one). */
  UNKNOWN_POSTCODE = 'UNKNOWN_POSTCODE',
  /** No GEOCODER_URL: addresses cannot be looked up here. */
  NO_GEOCODER = 'NO_GEOCODER',
  /** The geocoder found nothing for the address. */
  UNKNOWN_ADDRESS = 'UNKNOWN_ADDRESS',
  /** The geocoder did not answer in time, or answered with an error. */
  GEOCODER_UNAVAILABLE = 'GEOCODER_UNAVAILABLE',
}

const MESSAGES: Record<PlaceProblem, string> = {
  NOT_A_POSTCODE: 'That isn’t a UK postcode. A postcode looks like LS6 1AA.',
  UNKNOWN_POSTCODE: 'We don’t know that postcode. Check it, or choose an area instead.',
  NO_GEOCODER:
    'Searching by address isn’t set up here. Search by postcode or choose an area instead.',
  UNKNOWN_ADDRESS: 'We couldn’t find that address. Try a postcode instead.',
  GEOCODER_UNAVAILABLE:
    'We couldn’t look up that address just now. Try again, or search by postcode.',
};

/**
 * BAD_USER_INPUT for a place that cannot be searched from, with `reason` set; never repeats what
 * was typed. (A geocoder that fails is reported the same way, reason GEOCODER_UNAVAILABLE: the
 * search can go ahead from a postcode or an area, and SERVICE_UNAVAILABLE means the database.)
 */
export function placeError(problem: PlaceProblem, field: 'postcode' | 'address'): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, MESSAGES[problem], field, { reason: problem });
}
