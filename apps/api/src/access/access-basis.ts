/**
 * Why a viewer may see a person's private profile, or change a space; recorded with every such read
 * or change.
 */
export enum AccessBasisKind {
  SELF = 'SELF',
  ORGANISER = 'ORGANISER',
  WORKER = 'WORKER',
  SAFEGUARDING_LEAD = 'SAFEGUARDING_LEAD',
  ADMIN = 'ADMIN',
  /** A steward of the space changed (spaces/space.policies.ts). */
  STEWARD = 'STEWARD',
}

export interface AccessBasis {
  kind: AccessBasisKind;
  /** The organiser's group or the worker's organisation. */
  viaGroupId: string | null;
  /** The purpose the person consented to (workers). */
  purpose: string | null;
}
