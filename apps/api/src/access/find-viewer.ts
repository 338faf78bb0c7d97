import type { AccountRole } from '@village/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from './viewer';
import { hashSecret } from '../security/tokens';

/**
 * The viewer a session token belongs to, or null when the token is unknown, expired or revoked.
 * One indexed lookup; `last_seen_at` is refreshed at most every five minutes.
 */
export async function findViewer(dataSource: DataSource, token: string): Promise<Viewer | null> {
  const [row] = await dataSource.query<
    { session_id: string; account_id: string; person_id: string; roles: string[] }[]
  >(
    `WITH found AS (
       SELECT s.id AS session_id, a.id AS account_id, a.person_id, a.roles::text[] AS roles,
              s.last_seen_at
         FROM auth_session s JOIN account a ON a.id = s.account_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()),
     touched AS (
       UPDATE auth_session SET last_seen_at = now()
        WHERE id = (SELECT session_id FROM found WHERE last_seen_at < now() - interval '5 minutes'))
     SELECT session_id, account_id, person_id, roles FROM found`,
    [hashSecret(token)],
  );
  if (!row) return null;
  return {
    sessionId: row.session_id,
    accountId: row.account_id,
    personId: row.person_id,
    roles: row.roles as AccountRole[],
  };
}
