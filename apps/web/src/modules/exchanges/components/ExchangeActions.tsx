import { useMutation } from '@apollo/client/react';
import { Button } from '@village/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeFieldsFragment } from '../../../gql/graphql';
import { ExchangeStatus } from '../../../gql/graphql';
import { ActionError } from '../../errors/components/ActionError';
import { ConfirmStep } from '../../forms/components/ConfirmStep';
import { useFocusOnToggle } from '../../forms/hooks/useFocusOnToggle';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import {
  AgreeToExchangeMutation,
  CancelExchangeMutation,
  MarkExchangeFulfilledMutation,
} from '../graphql/exchange.graphql';
import { agreement, otherSideName } from '../utils/exchange-sides';
import { isolate } from '../../locale/utils/format';

/** Where the exchange stands, in a sentence for me. */
function useStatusLine(exchange: ExchangeFieldsFragment): string {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const name = isolate(otherSideName(exchange));
  const { mine, theirs } = agreement(exchange);
  switch (exchange.status) {
    case ExchangeStatus.Open:
      if (mine) return t('exchange.state.waiting', { name });
      if (theirs) return t('exchange.state.theyAgreed', { name });
      return t('exchange.state.talking');
    case ExchangeStatus.Agreed:
      return t('exchange.state.agreed');
    case ExchangeStatus.Fulfilled:
      return t('exchange.state.fulfilled', { date: format.date(exchange.fulfilledAt ?? '') });
    case ExchangeStatus.Cancelled:
      return t('exchange.state.cancelled');
  }
}

/** Say yes, mark it done, or call it off: whichever fits where it stands. */
export function ExchangeActions({ exchange }: { exchange: ExchangeFieldsFragment }) {
  const { t } = useTranslation();
  const variables = { exchangeId: exchange.id };
  const [agree, agreeing] = useMutation(AgreeToExchangeMutation, { variables });
  const [fulfil, fulfilling] = useMutation(MarkExchangeFulfilledMutation, { variables });
  const [cancel, cancelling] = useMutation(CancelExchangeMutation, { variables });
  const [askingCancel, setAskingCancel] = useState(false);
  const askCancel = useRef<HTMLButtonElement>(null);
  const cancelQuestion = useRef<HTMLDivElement>(null);
  useFocusOnToggle(askingCancel, cancelQuestion, askCancel);
  const statusLine = useStatusLine(exchange);
  const { mine } = agreement(exchange);
  const live = exchange.status === ExchangeStatus.Open || exchange.status === ExchangeStatus.Agreed;
  const busy = agreeing.loading || fulfilling.loading || cancelling.loading;
  const run = (action: () => Promise<unknown>) => () => {
    if (!busy) void action().catch(() => undefined);
  };

  return (
    <section className="exchange-actions" aria-labelledby="exchange-status-heading">
      <h2 id="exchange-status-heading">{t('exchange.where')}</h2>
      <p className={`status status--${exchange.status.toLowerCase()}`}>
        {t(`exchangeStatus.${exchange.status}`)}
      </p>
      <p role="status">{statusLine}</p>
      {live ? (
        <div className="section-actions">
          {exchange.status === ExchangeStatus.Open && !mine ? (
            <Button onClick={run(agree)} aria-busy={agreeing.loading || undefined}>
              {t('exchange.agree')}
            </Button>
          ) : null}
          {exchange.status === ExchangeStatus.Agreed ? (
            <Button onClick={run(fulfil)} aria-busy={fulfilling.loading || undefined}>
              {t('exchange.fulfil')}
            </Button>
          ) : null}
          {askingCancel ? null : (
            <Button ref={askCancel} variant="secondary" onClick={() => setAskingCancel(true)}>
              {t('exchange.cancel')}
            </Button>
          )}
        </div>
      ) : null}
      {live && askingCancel ? (
        <ConfirmStep
          question={t('exchange.cancelQuestion')}
          focusRef={cancelQuestion}
          confirmLabel={t('exchange.cancelConfirm')}
          cancelLabel={t('exchange.keepGoing')}
          onConfirm={run(() => cancel().then(() => setAskingCancel(false)))}
          onCancel={() => setAskingCancel(false)}
        >
          <p>{t('exchange.cancelExplained')}</p>
        </ConfirmStep>
      ) : null}
      <ActionError error={agreeing.error ?? fulfilling.error ?? cancelling.error} />
    </section>
  );
}
