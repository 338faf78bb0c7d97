import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ExchangeFieldsFragment } from '../../../gql/graphql';
import { ExchangeSide } from '../../../gql/graphql';
import { concernPath } from '../utils/concern-link';
import { BlockPerson } from './BlockPerson';

/**
 * "Something wrong?" in a conversation: block the person on the other side (a group has no one
 * person to block; its messages can be reported one by one) or raise a safeguarding concern.
 */
export function ExchangeSafety({ exchange }: { exchange: ExchangeFieldsFragment }) {
  const { t } = useTranslation();
  const headingId = useId();
  const navigate = useNavigate();
  const other =
    exchange.mySide === ExchangeSide.Post ? exchange.responder : exchange.helpPost.authorPerson;
  return (
    <section className="page-section safety-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('safety.section.heading')}</h2>
      <p className="form__note">{t('safety.section.reportMessages')}</p>
      {other ? (
        <BlockPerson
          personId={other.id}
          name={other.displayName}
          onBlocked={() => void navigate('/help/mine', { state: { notice: 'blocked' } })}
        />
      ) : null}
      <p>
        <Link to={concernPath({ post: exchange.helpPost.id, person: other?.id })}>
          {t('safety.section.concern')}
        </Link>
      </p>
    </section>
  );
}
