import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The link the message carries (a reset link), kept apart so development can print it. */
  link?: string;
}

/** How Village sends email: over SMTP when `SMTP_URL` is set, else to the log; tests may capture. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}

/**
 * Without a mail server: in development the message and its link go to the log so you can follow it;
 * in production only the fact that a message was due is logged, never the secret link.
 */
export class LogMailTransport implements MailTransport {
  constructor(
    private readonly logger: Logger,
    private readonly showLinks: boolean,
  ) {}

  async send(message: MailMessage): Promise<void> {
    if (this.showLinks)
      this.logger.info({ to: message.to, subject: message.subject, link: message.link }, 'email');
    else
      this.logger.warn(
        { subject: message.subject },
        'an email was due but no mail transport is configured',
      );
  }
}

/**
 * Real email over SMTP (nodemailer), for `SMTP_URL`: `smtp://user:pass@host:587` upgrades with
 * STARTTLS when the server offers it, `smtps://…:465` is TLS from the start. One connection a
 * message: mail is rare (resets, notices), so no pool is kept open.
 */
export class SmtpMailTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transporter = createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
    });
  }
}
