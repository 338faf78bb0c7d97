import type { Caller } from './test-api';
import { graphql } from '../gql';

/**
 * The newest 50 audit events whose action names `id` (a space, a session), oldest first, as an
 * admin reads them through GraphQL.
 */
export async function auditEventsAbout(admin: Caller, id: string) {
  const result = await admin.gql(
    graphql(`
      query AuditEventsAbout {
        auditEvents(first: 50) {
          edges {
            node {
              action
              basis
              actor {
                id
              }
              subject {
                id
              }
              viaGroup {
                id
              }
            }
          }
        }
      }
    `),
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result
    .data!['auditEvents'].edges.map((edge) => edge.node)
    .filter((event) => event['action'].includes(`:${id}`))
    .reverse();
}
