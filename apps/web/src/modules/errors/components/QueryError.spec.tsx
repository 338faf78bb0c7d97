import { useQuery } from '@apollo/client/react';
import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { renderWithApp } from '../../../../test/render';
import type { LanguageCode } from '../../../i18n/languages';
import { ViewerQuery } from '../../account/graphql/viewer.query';
import { QueryError } from './QueryError';

/** A data view as pages write one: the query's answer, or its error state with a way to try again. */
function Viewer() {
  const { data, error, refetch } = useQuery(ViewerQuery, { notifyOnNetworkStatusChange: true });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  return <p>{data ? `Signed in as ${data.me?.person.displayName ?? 'nobody'}` : 'Loading'}</p>;
}

// The API answers 503 with this while it cannot reach its database (a short wait, for the spec).
const outage: MockLink.MockedResponse = {
  request: { query: ViewerQuery },
  result: {
    errors: [
      {
        message: "Village can't reach its data right now. Please try again in a few seconds.",
        extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 0.05 },
      },
    ],
  },
};
const answer: MockLink.MockedResponse = {
  request: { query: ViewerQuery },
  result: {
    data: {
      me: {
        __typename: 'Me',
        email: 'amina@example.org',
        person: { __typename: 'Person', id: 'p1', displayName: 'Amina' },
      },
    },
  },
};

describe('a data view while the API cannot reach its data', () => {
  it.each<[LanguageCode, string, string]>([
    [
      'en',
      'Village will try again in a moment',
      "Village can't reach its data right now. Please try again in a few seconds.",
    ],
    [
      'ur',
      'Village تھوڑی دیر میں دوبارہ کوشش کرے گا',
      'Village اس وقت اپنے ڈیٹا تک نہیں پہنچ پا رہا۔ براہ کرم چند سیکنڈ بعد دوبارہ کوشش کریں۔',
    ],
    [
      'pl',
      'Village spróbuje ponownie za chwilę',
      'Village nie ma teraz dostępu do swoich danych. Spróbuj ponownie za kilka sekund.',
    ],
  ])(
    'says so in %s, then tries again by itself and shows the answer',
    async (language, title, text) => {
      renderWithApp(<Viewer />, { mocks: [outage, answer], language });

      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(title);
      expect(alert.textContent).not.toContain('Something went wrong');
      expect(alert.textContent).toContain(text);
      expect(await screen.findByText('Signed in as Amina')).toBeTruthy();
      expect(screen.queryByRole('alert')).toBeNull();
    },
  );
});
