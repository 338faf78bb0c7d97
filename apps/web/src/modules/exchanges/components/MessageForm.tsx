import { Button, TextAreaField } from '@village/ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorDetail, humanErrorMessage } from '../../errors/utils/graphql-error';
import { contactWarningKey } from '../utils/contact-details';

export interface MessageFormProps {
  label: string;
  hint?: string;
  submitLabel: string;
  sendingLabel: string;
  /** Sends the text; a rejection (the API refusing contact details, say) is shown on the field. */
  send: (text: string) => Promise<unknown>;
  maxLength?: number;
  rows?: number;
}

/**
 * Words for the other side: a message, a first response, a thank-you. Phone numbers and email
 * addresses are pointed out while typing and not sent (the API would refuse them anyway); whatever
 * the API still refuses is shown on the field, which keeps the text to fix.
 */
export function MessageForm({
  label,
  hint,
  submitLabel,
  sendingLabel,
  send,
  maxLength = 2000,
  rows = 3,
}: MessageFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const warning = contactWarningKey(text);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    const body = text.trim();
    const problem = !body ? t('exchange.messageEmpty') : warning ? t(warning) : null;
    if (problem) {
      setError(problem);
      field.current?.focus();
      return;
    }
    setSending(true);
    try {
      await send(body);
      setText('');
      setError(null);
    } catch (failure) {
      // The API's own check found contact details ours missed: said in the reader's language.
      setError(
        errorDetail(failure, 'contactDetails')
          ? t('exchange.contactRefused')
          : humanErrorMessage(failure, t),
      );
      field.current?.focus();
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="form message-form" noValidate onSubmit={(event) => void submit(event)}>
      <TextAreaField
        ref={field}
        label={label}
        hint={
          <>
            {hint ? <span>{hint} </span> : null}
            <span role="status" className={warning ? 'message-form__warning' : undefined}>
              {warning && !error ? t(warning) : ''}
            </span>
          </>
        }
        error={error}
        rows={rows}
        maxLength={maxLength}
        dir="auto"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
      />
      <div className="form__actions">
        <Button type="submit" aria-disabled={sending || undefined} aria-busy={sending || undefined}>
          {sending ? sendingLabel : submitLabel}
        </Button>
      </div>
    </form>
  );
}
