import { contactWarningKey } from './contact-details';

describe('warning about contact details before sending', () => {
  it('names what it found', () => {
    expect(contactWarningKey('Ring me on 07700 900123')).toBe(
      'exchange.contactWarning.PHONE_NUMBER',
    );
    expect(contactWarningKey('amina at example dot com')).toBe(
      'exchange.contactWarning.EMAIL_ADDRESS',
    );
    expect(contactWarningKey('just whatsapp me')).toBe('exchange.contactWarning.MESSAGING_HANDLE');
    expect(contactWarningKey('07700900123 or amina@example.com')).toBe(
      'exchange.contactWarning.both',
    );
  });

  it('says nothing about ordinary messages', () => {
    expect(contactWarningKey('See you at the library at 10 on Tuesday?')).toBeNull();
  });
});
