import type { ConsentKind, PrivacyQuery } from '../../../gql/graphql';

export type Consent = NonNullable<PrivacyQuery['me']>['consents'][number];

/** The consent of this kind in force now (there is at most one without an organisation). */
export function consentInForce(consents: readonly Consent[], kind: ConsentKind): Consent | null {
  return consents.find((consent) => consent.kind === kind && consent.inForce) ?? null;
}

/** Organisations that may support me now, the most recent permission first. */
export function organisationConsents(consents: readonly Consent[]): Consent[] {
  return consents.filter(
    (consent) => consent.kind === 'SUPPORTED_BY_ORGANISATION' && consent.inForce,
  );
}
