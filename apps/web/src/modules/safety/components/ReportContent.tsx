import { useMutation } from '@apollo/client/react';
import { Button, FormError, RadioGroup, TextAreaField } from '@village/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportReason } from '../../../gql/graphql';
import { errorCode, humanErrorMessage } from '../../errors/utils/graphql-error';
import { useFocusOnToggle } from '../../forms/hooks/useFocusOnToggle';
import { useFormErrors } from '../../forms/hooks/useFormErrors';
import { ReportExchangeMessageMutation, ReportHelpPostMutation } from '../graphql/safety.graphql';
import { REPORT_DETAILS_MAX_LENGTH, REPORT_REASONS } from '../utils/safety-labels';

export interface ReportContentProps {
  /** A help post, or a message the other side sent in one of my exchanges. */
  kind: 'post' | 'message';
  id: string;
}

/**
 * "Report" under a post or a message: a reason and an optional note for the moderators. The thanks
 * afterwards is the same whoever else reported it, and says nobody is told who reported.
 */
export function ReportContent({ kind, id }: ReportContentProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [details, setDetails] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const { errors, report, reportForm, formError, attachFormError, register, clear } =
    useFormErrors<'reason'>(['reason']);
  const [reportPost, post] = useMutation(ReportHelpPostMutation);
  const [reportMessage, message] = useMutation(ReportExchangeMessageMutation);
  const sending = post.loading || message.loading;
  const heading = useRef<HTMLHeadingElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  // Opening moves the focus into the form; closing gives it back to the button, or to the thanks.
  useFocusOnToggle(open, heading, outcome ? done : toggle);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    if (report({ reason: reason ? null : t('safety.report.reasonMissing') })) return;
    const variables = { reason: reason as ReportReason, details: details.trim() };
    try {
      if (kind === 'post') await reportPost({ variables: { helpPostId: id, ...variables } });
      else await reportMessage({ variables: { messageId: id, ...variables } });
      setOutcome(t('safety.report.thanks'));
      setOpen(false);
    } catch (error) {
      // Already reported by me, or already taken down: either way, nothing more to do here.
      if (errorCode(error) === 'CONFLICT') {
        setOutcome(t('safety.report.already'));
        setOpen(false);
      } else reportForm(<p>{humanErrorMessage(error, t)}</p>);
    }
  }

  if (outcome)
    return (
      <p ref={done} tabIndex={-1} role="status" className="safety-outcome">
        {outcome}
      </p>
    );
  return (
    <div className="safety-action">
      <Button
        ref={toggle}
        variant="secondary"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => setOpen(!open)}
      >
        {t(kind === 'post' ? 'safety.report.postButton' : 'safety.report.messageButton')}
      </Button>
      {open ? (
        <form
          id={formId}
          className="form form--boxed safety-form"
          noValidate
          aria-labelledby={`${formId}-heading`}
          onSubmit={(event) => void submit(event)}
        >
          <h3 id={`${formId}-heading`} ref={heading} tabIndex={-1}>
            {t(kind === 'post' ? 'safety.report.postHeading' : 'safety.report.messageHeading')}
          </h3>
          <p className="form__note">{t('safety.report.intro')}</p>
          {formError ? <FormError ref={attachFormError}>{formError}</FormError> : null}
          <RadioGroup
            ref={register('reason')}
            legend={t('safety.report.reason')}
            error={errors.reason}
            options={REPORT_REASONS.map((value) => ({
              value,
              label: t(`safety.reportReason.${value}`),
            }))}
            value={reason}
            onChange={(value) => {
              setReason(value);
              clear('reason');
            }}
          />
          <TextAreaField
            label={t('safety.report.details')}
            hint={t('safety.report.detailsHint')}
            rows={3}
            maxLength={REPORT_DETAILS_MAX_LENGTH}
            dir="auto"
            value={details}
            onChange={(event) => setDetails(event.target.value)}
          />
          <div className="form__actions">
            <Button
              type="submit"
              aria-disabled={sending || undefined}
              aria-busy={sending || undefined}
            >
              {sending ? t('safety.report.sending') : t('safety.report.send')}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('safety.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
