import { useQuery } from '@apollo/client/react';
import { EmptyState, LoadingState } from '@village/ui';
import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SuggestionReasonKind, SuggestionsNeed } from '../../../gql/graphql';
import { useViewer } from '../../account/hooks/useViewer';
import { ResultCard } from '../../discover/components/ResultCard';
import { dayAndTimeWords } from '../../discover/utils/reasons';
import { QueryError } from '../../errors/components/QueryError';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { SuggestedSessionsQuery } from '../graphql/suggested-sessions.query';

/**
 * "Suggested for you": sessions near a signed-in parent that fit her family, each with what it would
 * do for her ties in words. Nothing for someone signed out (the page already invites them in).
 */
export function SuggestedForYou({ first }: { first: number }) {
  const { viewer } = useViewer();
  return viewer ? <Suggestions first={first} /> : null;
}

type LocaleFormat = ReturnType<typeof useLocaleFormat>;

/** One reason in the reader's words: who goes, named; the day that suits her, with its time. */
function reasonWords(
  reason: { kind: SuggestionReasonKind; detail: string },
  t: TFunction,
  format: LocaleFormat,
): string {
  switch (reason.kind) {
    case SuggestionReasonKind.PeopleYouKnowGo: {
      const names = reason.detail.split(', ');
      return t('suggestions.reason.PEOPLE_YOU_KNOW_GO', {
        names: format.list(names),
        count: names.length,
      });
    }
    case SuggestionReasonKind.OnYourDay: {
      const words = dayAndTimeWords(reason.detail, format);
      return words ? t('suggestions.reason.ON_YOUR_DAY', words) : reason.detail;
    }
    default:
      return t(`suggestions.reason.${reason.kind}`);
  }
}

function Suggestions({ first }: { first: number }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(SuggestedSessionsQuery, {
    variables: { first },
  });
  const suggestions = data?.suggestedSessions;

  let content;
  if (loading && !data) content = <LoadingState label={t('suggestions.loading')} />;
  else if (error) content = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!suggestions?.items.length)
    content = (
      <EmptyState>
        {suggestions?.needs.includes(SuggestionsNeed.Area)
          ? t('suggestions.needsArea')
          : t('suggestions.empty')}{' '}
        <Link to="/account">{t('suggestions.completeProfile')}</Link>
      </EmptyState>
    );
  else
    content = (
      <>
        {suggestions.needs.includes(SuggestionsNeed.LifeStage) ? (
          <p>
            {t('suggestions.needsLifeStage')}{' '}
            <Link to="/account">{t('suggestions.completeProfile')}</Link>
          </p>
        ) : null}
        <ul className="stack-list">
          {suggestions.items.map(({ match, reasons }) => (
            <li key={match.session.id}>
              <ResultCard result={match}>
                {reasons.length ? (
                  <div className="suggestion-reasons">
                    <h4>{t('suggestions.whyForYou')}</h4>
                    <ul>
                      {reasons.map((reason) => (
                        <li key={reason.kind}>{reasonWords(reason, t, format)}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </ResultCard>
            </li>
          ))}
        </ul>
      </>
    );

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('suggestions.heading')}</h2>
      <p className="lead">{t('suggestions.intro')}</p>
      {content}
    </section>
  );
}
