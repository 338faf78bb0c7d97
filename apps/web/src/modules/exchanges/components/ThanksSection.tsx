import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ExchangeFieldsFragment } from '../../../gql/graphql';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { ThankForExchangeMutation } from '../graphql/exchange.graphql';
import { otherSideName } from '../utils/exchange-sides';
import { MessageForm } from './MessageForm';
import { isolate } from '../../locale/utils/format';

/** Thanks between the two sides of a fulfilled exchange: seen by them only, once a side. */
export function ThanksSection({ exchange }: { exchange: ExchangeFieldsFragment }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const [thank] = useMutation(ThankForExchangeMutation);
  const thanked = exchange.thanks.some((thanks) => thanks.side === exchange.mySide);
  return (
    <section className="thanks" aria-labelledby="thanks-heading">
      <h2 id="thanks-heading">{t('exchange.thanks')}</h2>
      <p className="form__note">{t('exchange.thanksPrivate')}</p>
      {exchange.thanks.length ? (
        <ul className="thanks__list">
          {exchange.thanks.map((thanks) => (
            <li key={thanks.side}>
              <figure className="thanks__item">
                <blockquote dir="auto">{thanks.message}</blockquote>
                <figcaption>
                  <bdi>
                    {thanks.side === exchange.mySide
                      ? t('exchange.you')
                      : thanks.author.displayName}
                  </bdi>{' '}
                  · <time dateTime={thanks.createdAt}>{format.date(thanks.createdAt)}</time>
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      ) : null}
      {thanked ? null : (
        <MessageForm
          label={t('exchange.thankLabel', { name: isolate(otherSideName(exchange)) })}
          submitLabel={t('exchange.thank')}
          sendingLabel={t('exchange.sending')}
          maxLength={1000}
          rows={2}
          send={(message) =>
            thank({
              variables: { exchangeId: exchange.id, message },
              update: (cache, result) => {
                const thanks = result.data?.thankForExchange;
                if (!thanks) return;
                // The exchange's live update may have brought these thanks already: add them once.
                cache.modify({
                  id: cache.identify(exchange),
                  fields: {
                    thanks: (current, { readField }) =>
                      Array.isArray(current) &&
                      !current.some((item) => readField('side', item) === thanks.side)
                        ? [...current, thanks]
                        : current,
                  },
                });
              },
            })
          }
        />
      )}
    </section>
  );
}
