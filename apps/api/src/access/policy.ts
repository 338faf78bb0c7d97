import { Extensions } from '@nestjs/graphql';
import type { Loaders } from '../graphql/loaders';
import type { RequestAccess } from './request-access';

export interface PolicyInput {
  access: RequestAccess;
  /** The request's loaders, for policies that look up what an operation is about. */
  loaders: Loaders;
  args: Record<string, unknown>;
  /** The object a field belongs to (undefined for queries, mutations and subscriptions). */
  parent: unknown;
  /** `Type.field`, for audit records. */
  field: string;
}

/** A named rule deciding whether the viewer may use one operation or read one field. */
export interface Policy {
  readonly name: string;
  /** True when the policy never refuses, so nothing needs to run for it. */
  readonly allowsEveryone?: boolean;
  check(input: PolicyInput): boolean | Promise<boolean>;
}

/**
 * Declares who may use an operation or read a field. The policy travels in the schema's field
 * extensions and `enforcePolicies` puts it in front of the field's resolver.
 */
export const Allow = (policy: Policy) => Extensions({ policy });

/** Marks an object type as holding personal data: the schema-walk test then demands a policy per field. */
export const PersonalData = () => Extensions({ personalData: true });
