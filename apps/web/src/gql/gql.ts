/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Group($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      kind\n      description\n      languages\n      memberCount\n      website\n      sessions {\n        ...SessionDetails\n        space {\n          id\n          name\n          postcode\n        }\n      }\n    }\n  }\n": typeof types.GroupDocument,
    "\n  query Groups($kind: GroupKind, $first: Int!, $after: String) {\n    groups(kind: $kind, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          description\n          languages\n          memberCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  query HelpPosts($kind: HelpPostKind, $category: HelpCategory, $first: Int!, $after: String) {\n    helpPosts(kind: $kind, category: $category, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          category\n          title\n          description\n          availability\n          quantity\n          createdAt\n          authorGroup {\n            id\n            name\n          }\n          authorPerson {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.HelpPostsDocument,
    "\n  fragment SessionDetails on Session {\n    id\n    title\n    description\n    languages\n    minAgeMonths\n    maxAgeMonths\n    costPence\n    durationMinutes\n    nextOccurrences(count: 3)\n  }\n": typeof types.SessionDetailsFragmentDoc,
    "\n  query UpcomingSessions($from: DateTime!, $days: Int!, $first: Int!) {\n    upcomingSessions(from: $from, days: $days, first: $first) {\n      startsAt\n      endsAt\n      session {\n        id\n        title\n        languages\n        minAgeMonths\n        maxAgeMonths\n        costPence\n        group {\n          id\n          name\n        }\n        space {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UpcomingSessionsDocument,
    "\n  query Space($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      address\n      postcode\n      accessibility\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      sessions {\n        ...SessionDetails\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SpaceDocument,
};
const documents: Documents = {
    "\n  query Group($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      kind\n      description\n      languages\n      memberCount\n      website\n      sessions {\n        ...SessionDetails\n        space {\n          id\n          name\n          postcode\n        }\n      }\n    }\n  }\n": types.GroupDocument,
    "\n  query Groups($kind: GroupKind, $first: Int!, $after: String) {\n    groups(kind: $kind, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          description\n          languages\n          memberCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GroupsDocument,
    "\n  query HelpPosts($kind: HelpPostKind, $category: HelpCategory, $first: Int!, $after: String) {\n    helpPosts(kind: $kind, category: $category, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          category\n          title\n          description\n          availability\n          quantity\n          createdAt\n          authorGroup {\n            id\n            name\n          }\n          authorPerson {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.HelpPostsDocument,
    "\n  fragment SessionDetails on Session {\n    id\n    title\n    description\n    languages\n    minAgeMonths\n    maxAgeMonths\n    costPence\n    durationMinutes\n    nextOccurrences(count: 3)\n  }\n": types.SessionDetailsFragmentDoc,
    "\n  query UpcomingSessions($from: DateTime!, $days: Int!, $first: Int!) {\n    upcomingSessions(from: $from, days: $days, first: $first) {\n      startsAt\n      endsAt\n      session {\n        id\n        title\n        languages\n        minAgeMonths\n        maxAgeMonths\n        costPence\n        group {\n          id\n          name\n        }\n        space {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UpcomingSessionsDocument,
    "\n  query Space($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      address\n      postcode\n      accessibility\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      sessions {\n        ...SessionDetails\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SpaceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Group($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      kind\n      description\n      languages\n      memberCount\n      website\n      sessions {\n        ...SessionDetails\n        space {\n          id\n          name\n          postcode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Group($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      kind\n      description\n      languages\n      memberCount\n      website\n      sessions {\n        ...SessionDetails\n        space {\n          id\n          name\n          postcode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups($kind: GroupKind, $first: Int!, $after: String) {\n    groups(kind: $kind, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          description\n          languages\n          memberCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Groups($kind: GroupKind, $first: Int!, $after: String) {\n    groups(kind: $kind, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          description\n          languages\n          memberCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpPosts($kind: HelpPostKind, $category: HelpCategory, $first: Int!, $after: String) {\n    helpPosts(kind: $kind, category: $category, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          category\n          title\n          description\n          availability\n          quantity\n          createdAt\n          authorGroup {\n            id\n            name\n          }\n          authorPerson {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelpPosts($kind: HelpPostKind, $category: HelpCategory, $first: Int!, $after: String) {\n    helpPosts(kind: $kind, category: $category, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          category\n          title\n          description\n          availability\n          quantity\n          createdAt\n          authorGroup {\n            id\n            name\n          }\n          authorPerson {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionDetails on Session {\n    id\n    title\n    description\n    languages\n    minAgeMonths\n    maxAgeMonths\n    costPence\n    durationMinutes\n    nextOccurrences(count: 3)\n  }\n"): (typeof documents)["\n  fragment SessionDetails on Session {\n    id\n    title\n    description\n    languages\n    minAgeMonths\n    maxAgeMonths\n    costPence\n    durationMinutes\n    nextOccurrences(count: 3)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingSessions($from: DateTime!, $days: Int!, $first: Int!) {\n    upcomingSessions(from: $from, days: $days, first: $first) {\n      startsAt\n      endsAt\n      session {\n        id\n        title\n        languages\n        minAgeMonths\n        maxAgeMonths\n        costPence\n        group {\n          id\n          name\n        }\n        space {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpcomingSessions($from: DateTime!, $days: Int!, $first: Int!) {\n    upcomingSessions(from: $from, days: $days, first: $first) {\n      startsAt\n      endsAt\n      session {\n        id\n        title\n        languages\n        minAgeMonths\n        maxAgeMonths\n        costPence\n        group {\n          id\n          name\n        }\n        space {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Space($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      address\n      postcode\n      accessibility\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      sessions {\n        ...SessionDetails\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Space($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      address\n      postcode\n      accessibility\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      sessions {\n        ...SessionDetails\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;