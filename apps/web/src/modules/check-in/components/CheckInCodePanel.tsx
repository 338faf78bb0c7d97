import { useMutation } from '@apollo/client/react';
import { Button } from '@village/ui';
import { useId, useRef, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionError } from '../../errors/components/ActionError';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { OpenCheckInMutation } from '../graphql/register';
import { checkInPath, spacedCode } from '../utils/check-in-code';

/** "Show check-in code": the date's code, large, with the address that fills it in. */
export function CheckInCodePanel({ sessionId, occursOn }: { sessionId: string; occursOn: string }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  const codeRef = useRef<HTMLParagraphElement>(null);
  const [open, { data, loading, error }] = useMutation(OpenCheckInMutation);
  const shown = data?.openCheckIn;
  useEffect(() => {
    if (shown) codeRef.current?.focus();
  }, [shown]);

  return (
    <section className="check-in-code" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('checkIn.code.heading')}</h2>
      <p>{t('checkIn.code.intro')}</p>
      {shown ? (
        <>
          <p
            className="check-in-code__code"
            ref={codeRef}
            tabIndex={-1}
            aria-label={t('checkIn.code.spoken', { code: shown.code.split('').join(' ') })}
            dir="ltr"
          >
            {spacedCode(shown.code)}
          </p>
          <p>
            {t('checkIn.code.link')}{' '}
            <Link to={checkInPath(shown.code)} dir="ltr">
              {window.location.origin}
              {checkInPath(shown.code)}
            </Link>
          </p>
          <p>
            {t('checkIn.code.valid', {
              from: format.time(shown.validFrom),
              until: format.time(shown.validUntil),
            })}
          </p>
        </>
      ) : (
        <Button
          onClick={() => void open({ variables: { sessionId, occursOn } }).catch(() => undefined)}
          disabled={loading}
          aria-busy={loading || undefined}
        >
          {t('checkIn.code.show')}
        </Button>
      )}
      <ActionError error={error} />
    </section>
  );
}
