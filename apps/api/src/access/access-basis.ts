/** Why a viewer may see a person's private profile; recorded with every such read. */
export enum AccessBasisKind {
  SELF = 'SELF',
  ORGANISER = 'ORGANISER',
  WORKER = 'WORKER',
  SAFEGUARDING_LEAD = 'SAFEGUARDING_LEAD',
  ADMIN = 'ADMIN',
}

export interface AccessBasis {
  kind: AccessBasisKind;
  /** The organiser's group or the worker's organisation. */
  viaGroupId: string | null;
  /** The purpose the person consented to (workers). */
  purpose: string | null;
}
