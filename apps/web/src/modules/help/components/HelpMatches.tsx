import { useQuery } from '@apollo/client/react';
import { EmptyState, LoadingState } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HelpPostFieldsFragment } from '../../../gql/graphql';
import { QueryError } from '../../errors/components/QueryError';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { HelpPostMatchesQuery } from '../graphql/help-matches.query';
import { matchReasonText, type HelpMatch, type MyMatchSide } from '../utils/match-reasons';
import { HelpPostCard } from './HelpPostCard';

/** As many as the API gives at once (it allows 20): a short list to read, not a feed. */
const MATCHES_SHOWN = 10;

function MatchReasons({ match, mine }: { match: HelpMatch; mine: MyMatchSide }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  return (
    <div className="help-match__why">
      <h4 id={headingId}>{t('helpMatch.why')}</h4>
      <ul aria-labelledby={headingId}>
        {match.reasons.map((reason) => (
          <li key={reason.kind}>{matchReasonText(reason, match, mine, t, format)}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * "Who might fit" on the page of my own open post: the API's suggestions, best fit first, each a
 * link to the post (where I can respond) with its reasons in words. Matching prefers people and
 * groups I don't know yet among good fits, and the section says so.
 */
export function HelpMatches({
  post,
  profileLanguages,
}: {
  post: HelpPostFieldsFragment;
  profileLanguages: readonly string[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(HelpPostMatchesQuery, {
    variables: { id: post.id, first: MATCHES_SHOWN },
  });
  const mine: MyMatchSide = { post, profileLanguages };

  let content;
  if (loading && !data) content = <LoadingState label={t('helpMatch.loading')} />;
  else if (error && !data) content = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!data?.helpPostMatches.length) content = <EmptyState>{t('helpMatch.empty')}</EmptyState>;
  else
    content = (
      <ul className="card-grid">
        {data.helpPostMatches.map((match) => (
          <li key={match.post.id}>
            <HelpPostCard post={match.post} headingLevel={3}>
              <MatchReasons match={match} mine={mine} />
            </HelpPostCard>
          </li>
        ))}
      </ul>
    );

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('helpMatch.heading')}</h2>
      <p>{t(post.kind === 'REQUEST' ? 'helpMatch.introRequest' : 'helpMatch.introOffer')}</p>
      <p>{t('helpMatch.bridges')}</p>
      {content}
    </section>
  );
}
