import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { SESSION_COOKIE } from '../../../src/access/session-cookie';
import { newSecret } from '../../../src/security/tokens';
import type { TestApi } from '../test-api';
import type { FuzzCase } from './operations';
import type { FuzzWorld } from './seed';
import { Outcome, sentStrings, Symptom, symptomsOf } from './verdict';

/**
 * How long a graphql-ws subscription may stay silent before it counts as accepted. An accepted
 * subscription sends nothing until an event happens, so there is no message to wait for; a refusal
 * or a failure while setting it up (arguments, access, catch-up from `since`) arrives as soon as
 * its resolver has run. A slow failure past this window is missed, never reported falsely.
 */
const SUBSCRIPTION_QUIET_MS = 400;

/** Sends fuzz cases as their role, over their transport, and judges what comes back. */
export class FuzzRunner {
  constructor(
    private readonly api: TestApi,
    private readonly world: FuzzWorld,
  ) {}

  cookieOf(role: string): string | null {
    if (role === 'anonymous') return null;
    const session = this.world.sessions[role as keyof FuzzWorld['sessions']];
    if (!session) throw new Error(`no role ${role}`);
    return session.cookie;
  }

  async send(fuzzCase: FuzzCase): Promise<Outcome> {
    return fuzzCase.transport === 'ws' ? this.overSocket(fuzzCase) : this.overHttp(fuzzCase);
  }

  /** The symptoms of one case: sent, judged. */
  async symptoms(fuzzCase: FuzzCase): Promise<{ outcome: Outcome; symptoms: Symptom[] }> {
    const outcome = await this.send(fuzzCase);
    const sent = sentStrings(fuzzCase.variables, fuzzCase.query);
    return { outcome, symptoms: symptomsOf(outcome, sent, this.world.columns) };
  }

  private async overHttp(fuzzCase: FuzzCase): Promise<Outcome> {
    const cookie = this.cookieOf(fuzzCase.role);
    const response = await fetch(`${this.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query: fuzzCase.query, variables: fuzzCase.variables }),
    });
    const text = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      // Reported as a response that is not GraphQL.
    }
    return { status: response.status, body, text };
  }

  private overSocket(fuzzCase: FuzzCase): Promise<Outcome> {
    const cookie = this.cookieOf(fuzzCase.role);
    // Node's WebSocket sends the cookie on the upgrade request, as a browser would.
    class CookieWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, cookie ? { headers: { cookie } } : {});
      }
    }
    const client = createClient({
      url: `${this.api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: CookieWebSocket,
      retryAttempts: 0,
    });
    return new Promise<Outcome>((resolve) => {
      const messages: unknown[] = [];
      let closeCode: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      let stop = () => undefined as void;
      const settle = () => {
        if (settled) return;
        settled = true;
        if (timer) clearTimeout(timer);
        stop();
        // Disposing a client whose socket was refused rejects with the close event: seen already.
        void Promise.resolve(client.dispose()).catch(() => undefined);
        const errors = messages.flatMap((message) =>
          Array.isArray(message)
            ? message
            : message && typeof message === 'object' && 'errors' in message
              ? ((message as { errors?: unknown[] }).errors ?? [])
              : [],
        );
        const body = closeCode !== undefined && errors.length === 0 ? null : { errors };
        resolve({ status: null, body, text: JSON.stringify(messages), closeCode });
      };
      client.on('connected', () => {
        timer = setTimeout(settle, SUBSCRIPTION_QUIET_MS);
      });
      client.on('closed', (event) => {
        closeCode = (event as { code?: number }).code;
        settle();
      });
      stop = client.subscribe(
        { query: fuzzCase.query, variables: fuzzCase.variables },
        {
          next: (message) => {
            messages.push(message);
            settle();
          },
          error: (error) => {
            // graphql-ws reports a refused operation as a list of errors, a closed socket as an event.
            if (Array.isArray(error)) messages.push(error);
            else if (error && typeof error === 'object' && 'code' in error)
              closeCode = (error as { code: number }).code;
            else messages.push([{ message: String(error) }]);
            settle();
          },
          complete: settle,
        },
      );
    });
  }

  /**
   * Puts the roles back as they were: a session the fuzzer ended (signOut, revokeSession…) is
   * renewed, town-wide roles it granted or took away are reset, and failed sign-ins it made are
   * forgotten, so later cases still run as the role they name and sign-ins are not all throttled.
   * Sessions are started in the database, as signing in again would itself be throttled.
   */
  async heal(): Promise<void> {
    const database = this.api.dataSource;
    await database.query(`DELETE FROM sign_in_failure`);
    for (const session of Object.values(this.world.sessions)) {
      await database.query(`UPDATE account SET roles = $2::account_role[] WHERE person_id = $1`, [
        session.member.personId,
        session.accountRoles,
      ]);
      const me = await this.api.as(session.cookie).gqlRaw<any>(`{ me { email } }`);
      if (me.data?.['me']) continue;
      const { token, hash } = newSecret();
      await database.query(
        `INSERT INTO auth_session (account_id, token_hash, user_agent, last_seen_at, expires_at)
         SELECT id, $2, 'fuzz', now(), now() + interval '1 day' FROM account WHERE person_id = $1`,
        [session.member.personId, hash],
      );
      session.cookie = `${SESSION_COOKIE}=${token}`;
    }
  }
}

/** Runs `work` over `items`, at most `concurrency` at a time, in order of starting. */
export async function inPool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
