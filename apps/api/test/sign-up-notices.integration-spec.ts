import { startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

const SIGN_UP = graphql(`
  mutation SignUpNoticesSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      email
    }
  }
`);
const NOTICE = 'Someone tried to sign up to Village with your email address';

describe('telling an owner that someone tried to sign up with their address', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('mails them once a day however often it is tried, so their inbox cannot be flooded', async () => {
    const email = 'flooded@example.test';
    await api.signUp('Owner O.', { email });
    const attempt = () =>
      api.gql(SIGN_UP, {
        input: { email, password: 'another long password', profile: { displayName: 'Mallory' } },
      });
    for (const answer of await Promise.all([attempt(), attempt(), attempt(), attempt()]))
      expect(answer).toEqual({ data: { signUp: { email } } });
    const notices = () => api.mail.filter((mail) => mail.to === email && mail.subject === NOTICE);
    expect(notices()).toHaveLength(1);

    // A day later, the next attempt is news again.
    await api.dataSource.query(
      `UPDATE account SET sign_up_notice_at = now() - interval '25 hours' WHERE email = $1`,
      [email],
    );
    await attempt();
    expect(notices()).toHaveLength(2);
  });
});
