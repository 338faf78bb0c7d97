import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import WebSocket from 'ws';
import { GraphQLResponse, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

const ME = graphql(`
  query IdentityMe {
    me {
      email
      roles
      person {
        displayName
        languages
        lifeStage {
          expecting
          dueMonth
        }
      }
    }
  }
`);

const SIGN_UP_WITH_PROFILE = graphql(`
  mutation IdentitySignUpWithProfile($input: SignUpInput!) {
    signUp(input: $input) {
      email
      person {
        displayName
        lifeStage {
          expecting
        }
      }
    }
  }
`);

const SIGN_IN_FROM = graphql(`
  mutation IdentitySignInFrom($input: SignInInput!) {
    signIn(input: $input) {
      email
    }
  }
`);

function waitFor<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([promise, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms))]);
}

describe('accounts and sessions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('signs up with a profile, sets an httpOnly SameSite cookie and answers as the new member', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: print(SIGN_UP_WITH_PROFILE),
        variables: {
          input: {
            email: 'Noor@Example.test',
            password: 'correct horse battery',
            profile: {
              displayName: 'Noor',
              languages: ['ur', 'en'],
              lifeStage: { dueMonth: '2027-03', childBirthMonths: [] },
            },
          },
        } satisfies VariablesOf<typeof SIGN_UP_WITH_PROFILE>,
      }),
    });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^village_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const body = (await response.json()) as GraphQLResponse<ResultOf<typeof SIGN_UP_WITH_PROFILE>>;
    expect(body.data!.signUp).toEqual({
      email: 'noor@example.test',
      person: { displayName: 'Noor', lifeStage: { expecting: true } },
    });
    const me = await api.as(cookie.split(';')[0]!).gql(ME);
    expect(me.data!['me']).toMatchObject({ email: 'noor@example.test', roles: [] });
    expect((await api.gql(ME)).data!['me']).toBeNull();
    const [stored] = await api.dataSource.query(
      `SELECT password_hash, encode(s.token_hash, 'hex') AS token_hash FROM account a JOIN auth_session s ON s.account_id = a.id WHERE email = 'noor@example.test'`,
    );
    expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(cookie).not.toContain(stored.token_hash);
  });

  it('answers a sign-up with a taken email as for a new account, saves nothing, and tells the owner by mail', async () => {
    const owner = await api.signUp('First', { email: 'taken@example.test' });
    const count = () =>
      api.dataSource.query(
        `SELECT (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM household)::int AS households`,
      );
    const before = await count();
    const mailBefore = api.mail.length;
    const SIGN_UP = graphql(`
      mutation IdentitySignUp($input: SignUpInput!) {
        signUp(input: $input) {
          email
          roles
          person {
            displayName
            languages
            lifeStage {
              expecting
            }
            memberships {
              group {
                name
              }
            }
          }
          sessions {
            current
          }
        }
      }
    `);
    const profile = {
      displayName: 'Second',
      languages: ['pl'],
      lifeStage: { dueMonth: '2027-05' },
    };
    const taken = await api.gql(SIGN_UP, {
      input: { email: 'TAKEN@example.test', password: 'long enough password', profile },
    });
    const fresh = await api.gql(SIGN_UP, {
      input: { email: 'fresh@example.test', password: 'long enough password', profile },
    });
    expect(taken).toEqual({
      data: {
        signUp: {
          email: 'taken@example.test',
          roles: [],
          person: {
            displayName: 'Second',
            languages: ['pl'],
            lifeStage: { expecting: true },
            memberships: [],
          },
          sessions: [{ current: true }],
        },
      },
    });
    expect(fresh).toEqual({
      data: { signUp: { ...taken.data!['signUp'], email: 'fresh@example.test' } },
    });
    // Nothing of the attempt is kept (the fresh sign-up added its person and household), the owner's
    // account still works, and the owner hears of it.
    expect(await count()).toEqual([
      { people: before[0].people + 1, households: before[0].households + 1 },
    ]);
    expect((await api.signIn('taken@example.test', owner.password)).cookie).toBeTruthy();
    expect(api.mail.slice(mailBefore).map((mail) => mail.to)).toEqual(['taken@example.test']);
    expect(api.mail.at(-1)).toMatchObject({
      subject: 'Someone tried to sign up to Village with your email address',
      text: expect.stringContaining('/forgot-password'),
    });
  });

  it('refuses weak passwords, writing nothing', async () => {
    const count = () => api.dataSource.query(`SELECT count(*)::int AS n FROM person`);
    const before = await count();
    const weak = await api.gql(
      graphql(`
        mutation IdentitySignUp2 {
          signUp(
            input: {
              email: "weak@example.test"
              password: "short"
              profile: { displayName: "Weak" }
            }
          ) {
            email
          }
        }
      `),
    );
    expect(weak.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0]?.message).toMatch(/password must be 10 to 200 characters/);
    expect(await count()).toEqual(before);
  });

  it('signs in and out; a signed-out cookie no longer works', async () => {
    const member = await api.signUp('Kasia', { email: 'kasia@example.test' });
    const { cookie } = await api.signIn('kasia@example.test', member.password);
    expect(cookie).toBeTruthy();
    const session = api.as(cookie);
    expect((await session.gql(ME)).data!['me']!.email).toBe('kasia@example.test');
    expect(
      (
        await session.gql(
          graphql(`
            mutation IdentitySignOut {
              signOut
            }
          `),
        )
      ).data,
    ).toEqual({ signOut: true });
    expect((await session.gql(ME)).data!['me']).toBeNull();
    // The first session is untouched.
    expect((await member.gql(ME)).data!['me']!.email).toBe('kasia@example.test');
  });

  it('says the same thing for a wrong password and an unknown email', async () => {
    await api.signUp('Bea', { email: 'bea@example.test' });
    const wrong = await api.signIn('bea@example.test', 'not the password at all');
    const unknown = await api.signIn('nobody@example.test', 'not the password at all');
    expect(wrong.cookie).toBeNull();
    expect(wrong.response.errors?.[0]).toMatchObject({
      message: 'That email and password do not match.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.response.errors?.[0]?.message).toBe(wrong.response.errors?.[0]?.message);
  });

  it('slows down repeated failures, then locks the account, even for the right password', async () => {
    const member = await api.signUp('Lock', { email: 'lock@example.test' });
    for (let i = 0; i < 3; i++) await api.signIn('lock@example.test', 'wrong password here');
    const slowed = await api.signIn('lock@example.test', member.password);
    expect(slowed.cookie).toBeNull();
    expect(slowed.response.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 1,
    });
    // Time passes (the failures age) and each further failure doubles the wait, up to the lock.
    const age = () =>
      api.dataSource.query(`UPDATE sign_in_failure SET at = at - interval '70 seconds'`);
    for (let i = 3; i < 10; i++) {
      await age();
      const attempt = await api.signIn('lock@example.test', 'wrong password here');
      expect(attempt.response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    await age();
    const locked = await api.signIn('lock@example.test', member.password);
    expect(locked.cookie).toBeNull();
    expect(locked.response.errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    expect(locked.response.errors?.[0]?.message).toMatch(/locked for \d+ minutes/);
    // Other accounts from the same address are not locked out by one account's failures.
    const other = await api.signUp('Other', { email: 'other@example.test' });
    expect((await api.signIn('other@example.test', other.password)).cookie).toBeTruthy();
  });

  it('locks an address that tries many accounts', async () => {
    const victim = await api.signUp('Victim', { email: 'victim@example.test' });
    await api.dataSource.query(
      `INSERT INTO sign_in_failure (key, at) SELECT 'ip:' || $1, now() - interval '1 minute' FROM generate_series(1, 100)`,
      ['127.0.0.1'],
    );
    const attempt = await api.signIn('victim@example.test', victim.password);
    expect(attempt.response.errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    await api.dataSource.query(`DELETE FROM sign_in_failure WHERE key LIKE 'ip:%'`);
  });

  it('resets a password with a single-use emailed token, ending every session', async () => {
    const member = await api.signUp('Reset', { email: 'reset@example.test' });
    const mailBefore = api.mail.length;
    expect(
      await api.gql(
        graphql(`
          mutation IdentityRequestPasswordReset {
            requestPasswordReset(email: "nobody@example.test")
          }
        `),
      ),
    ).toEqual({ data: { requestPasswordReset: true } });
    expect(api.mail).toHaveLength(mailBefore);
    await api.gql(
      graphql(`
        mutation IdentityRequestPasswordReset2 {
          requestPasswordReset(email: "reset@example.test")
        }
      `),
    );
    const message = api.mail.at(-1)!;
    expect(message.to).toBe('reset@example.test');
    const token = new URL(message.link!).hash.replace('#token=', '');
    expect(message.text).toContain(message.link);

    const reset = graphql(`
      mutation IdentityResetPassword($token: String!) {
        resetPassword(input: { token: $token, newPassword: "a brand new password" })
      }
    `);
    expect((await api.gql(reset, { token })).data).toEqual({ resetPassword: true });
    expect((await member.gql(ME)).data!['me']).toBeNull();
    const reused = await api.gql(reset, { token });
    expect(reused.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'token' },
    });
    expect((await api.signIn('reset@example.test', member.password)).cookie).toBeNull();
    expect((await api.signIn('reset@example.test', 'a brand new password')).cookie).toBeTruthy();
  });

  it('lists my sessions and revokes one, which closes its open socket', async () => {
    const member = await api.signUp('Two Phones', { email: 'phones@example.test' });
    const { cookie: other } = await api.signIn('phones@example.test', member.password);
    const sessions = await member.gql(
      graphql(`
        query IdentityMe2 {
          me {
            sessions {
              id
              current
            }
          }
        }
      `),
    );
    const list = sessions.data!['me']!.sessions;
    expect(list).toHaveLength(2);
    const otherId = list.find((s) => !s.current)!.id;

    const closed = new Promise<number>((resolve) => {
      const socket = new WebSocket(
        `${api.url.replace('http', 'ws')}/graphql`,
        'graphql-transport-ws',
        {
          headers: { cookie: other! },
        },
      );
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      socket.on('message', (data) => {
        if (JSON.parse(String(data)).type === 'connection_ack')
          void member.gql(
            graphql(`
              mutation IdentityRevokeSession($id: ID!) {
                revokeSession(id: $id)
              }
            `),
            { id: otherId },
          );
      });
      socket.on('close', (code) => resolve(code));
    });
    expect(await waitFor(closed, 5_000)).toBe(4401);
    expect((await api.as(other).gql(ME)).data!['me']).toBeNull();
    expect((await member.gql(ME)).data!['me']).not.toBeNull();
  });

  it('refuses a socket with a stale cookie, saying why, and closes one that never says hello', async () => {
    const refused = new Promise<{ code: number; reason: string }>((resolve) => {
      const socket = new WebSocket(
        `${api.url.replace('http', 'ws')}/graphql`,
        'graphql-transport-ws',
        {
          headers: { cookie: 'village_session=not-a-real-session-token-at-all-xxxxxxxxxxxxx' },
        },
      );
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      socket.on('close', (code, reason) => resolve({ code, reason: String(reason) }));
    });
    expect(await waitFor(refused, 5_000)).toEqual({
      code: 4401,
      reason: 'Your session has expired or ended. Please sign in again.',
    });

    const started = Date.now();
    const silent = new Promise<number>((resolve) => {
      const socket = new WebSocket(
        `${api.url.replace('http', 'ws')}/graphql`,
        'graphql-transport-ws',
      );
      socket.on('close', (code) => resolve(code));
    });
    expect(await waitFor(silent, 6_000)).toBe(4408);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_900);
  });

  it('changes the password and ends my other sessions only', async () => {
    const member = await api.signUp('Changer', { email: 'changer@example.test' });
    const { cookie: other } = await api.signIn('changer@example.test', member.password);
    const wrong = await member.gql(
      graphql(`
        mutation IdentityChangePassword {
          changePassword(
            input: { currentPassword: "not it at all", newPassword: "another long password" }
          )
        }
      `),
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
    });
    const changed = await member.gql(
      graphql(`
        mutation IdentityChangePassword2($current: String!) {
          changePassword(input: { currentPassword: $current, newPassword: "another long password" })
        }
      `),
      { current: member.password },
    );
    expect(changed.data).toEqual({ changePassword: true });
    expect((await member.gql(ME)).data!['me']).not.toBeNull();
    expect((await api.as(other).gql(ME)).data!['me']).toBeNull();
  });
});

describe('sign-in lock-out, by account and by source', () => {
  let api: TestApi;
  beforeAll(async () => {
    // Behind a proxy on this machine (TRUST_PROXY=loopback), so each client has an address of its own.
    api = await startTestApi({ trustProxy: 'loopback' });
  });
  afterAll(() => api.close());

  const addressOf = (n: number) => `198.51.100.${n}`;
  async function signInFrom(address: string, email: string, password: string) {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({
        query: print(SIGN_IN_FROM),
        variables: { input: { email, password } } satisfies VariablesOf<typeof SIGN_IN_FROM>,
      }),
    });
    const body = (await response.json()) as GraphQLResponse<ResultOf<typeof SIGN_IN_FROM>>;
    return {
      signedIn: response.headers.has('set-cookie'),
      code: body.errors?.[0]?.extensions?.code,
    };
  }
  /** Time passes: every failure so far is 70 seconds older, past any slow-down wait. */
  const age = () =>
    api.dataSource.query(`UPDATE sign_in_failure SET at = at - interval '70 seconds'`);

  it('locks an attacker who knows the email out at their address, never the owner at theirs', async () => {
    const owner = await api.signUp('Owner', { email: 'owner@example.test' });
    const attacker = addressOf(1);
    for (let i = 0; i < 10; i++) {
      expect((await signInFrom(attacker, owner.email, 'a guess at the password')).code).toBe(
        'UNAUTHENTICATED',
      );
      await age();
    }
    // The attacker is locked out even with the right password…
    expect(await signInFrom(attacker, owner.email, owner.password)).toEqual({
      signedIn: false,
      code: 'ACCOUNT_LOCKED',
    });
    // …and the owner, from their own address (never seen before), signs in.
    expect(await signInFrom(addressOf(2), owner.email, owner.password)).toEqual({
      signedIn: true,
      code: undefined,
    });
  });

  it('locks the account everywhere after 100 failures spread over many addresses, except where the owner signed in before', async () => {
    const owner = await api.signUp('Spread', { email: 'spread@example.test' });
    const home = addressOf(200);
    expect((await signInFrom(home, owner.email, owner.password)).signedIn).toBe(true);
    // Ten addresses, ten guesses each: under each address's own lock until the last round.
    for (let round = 0; round < 10; round++) {
      for (let n = 10; n < 20; n++)
        expect((await signInFrom(addressOf(n), owner.email, 'a spread guess')).code).toBe(
          'UNAUTHENTICATED',
        );
      await age();
    }
    expect(await signInFrom(addressOf(50), owner.email, owner.password)).toEqual({
      signedIn: false,
      code: 'ACCOUNT_LOCKED',
    });
    expect(await signInFrom(home, owner.email, owner.password)).toEqual({
      signedIn: true,
      code: undefined,
    });
    // A reset ends the lock everywhere.
    await api.gql(
      graphql(`
        mutation IdentityRequestPasswordReset3($email: String!) {
          requestPasswordReset(email: $email)
        }
      `),
      {
        email: owner.email,
      },
    );
    const token = new URL(api.mail.at(-1)!.link!).hash.replace('#token=', '');
    await api.gql(
      graphql(`
        mutation IdentityResetPassword2($token: String!) {
          resetPassword(input: { token: $token, newPassword: "a fresh long password" })
        }
      `),
      { token },
    );
    expect((await signInFrom(addressOf(50), owner.email, 'a fresh long password')).signedIn).toBe(
      true,
    );
  });

  it('counts an unknown email the same way, so a lock reveals nothing', async () => {
    const address = addressOf(3);
    for (let i = 0; i < 10; i++) {
      await signInFrom(address, 'nobody-here@example.test', 'a guess at the password');
      await age();
    }
    expect((await signInFrom(address, 'nobody-here@example.test', 'another guess')).code).toBe(
      'ACCOUNT_LOCKED',
    );
  });
});
