import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { graphql } from './gql';
import { startTestApi, TestApi } from './support/test-api';

// Mail that is really sent (issue 13, item 3, first part): with SMTP_URL set, the API hands its
// emails to that SMTP server through nodemailer. The server here is a real one, in this process.

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** The body as written, undoing quoted-printable (soft line breaks and =XX escapes). */
function decoded(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe('email over SMTP', () => {
  let smtp: SMTPServer;
  let api: TestApi;
  const received: Received[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const from = session.envelope.mailFrom;
          received.push({
            from: from ? from.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          done();
        });
      },
    });
    await new Promise<void>((listening) => smtp.listen(0, '127.0.0.1', listening));
    const { port } = smtp.server.address() as AddressInfo;
    api = await startTestApi({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'Village <village@example.test>',
    });
  });

  afterAll(async () => {
    await api?.close();
    await new Promise<void>((closed) => smtp.close(closed));
  });

  it('sends a password reset to the account, from MAIL_FROM, and its link resets the password', async () => {
    const member = await api.signUp('Smtp Reset', { email: 'smtp-reset@example.test' });
    await api.gql(
      graphql(`
        mutation SmtpRequestPasswordReset {
          requestPasswordReset(email: "smtp-reset@example.test")
        }
      `),
    );
    // The mutation answers after the server has accepted the message.
    expect(received).toHaveLength(1);
    const [message] = received;
    expect(message!.from).toBe('village@example.test');
    expect(message!.to).toEqual(['smtp-reset@example.test']);
    expect(message!.raw).toMatch(/^From: Village <village@example\.test>$/m);
    expect(message!.raw).toMatch(/^To: smtp-reset@example\.test$/m);
    expect(message!.raw).toMatch(/^Subject: Reset your Village password$/m);
    expect(api.mail).toEqual([]);

    const link = /https?:\/\/\S+\/reset-password#token=([A-Za-z0-9_-]+)/.exec(
      decoded(message!.raw),
    );
    expect(link).not.toBeNull();
    const reset = await api.gql(
      graphql(`
        mutation SmtpResetPassword($token: String!) {
          resetPassword(input: { token: $token, newPassword: "a password from the mail" })
        }
      `),
      { token: link![1]! },
    );
    expect(reset.data).toEqual({ resetPassword: true });
    expect((await api.signIn('smtp-reset@example.test', member.password)).cookie).toBeNull();
    expect(
      (await api.signIn('smtp-reset@example.test', 'a password from the mail')).cookie,
    ).toBeTruthy();
  });
});
