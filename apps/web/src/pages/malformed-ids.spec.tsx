import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { renderWithApp } from '../../test/render';
import { ExchangeQuery } from '../modules/exchanges/graphql/exchange.graphql';
import { GroupQuery } from '../modules/groups/graphql/group.query';
import { HelpPostQuery } from '../modules/help/graphql/help-posts.query';
import { SessionQuery } from '../modules/discover/graphql/session.query';
import { SpaceQuery } from '../modules/spaces/graphql/space.query';
import { GroupPage } from './groups/GroupPage';
import { ExchangePage } from './help/ExchangePage';
import { HelpPostPage } from './help/HelpPostPage';
import { NotFoundPage } from './not-found/NotFoundPage';
import { SessionPage } from './sessions/SessionPage';
import { SpacePage } from './spaces/SpacePage';

/** What an API that has not named the field answers for a malformed id: raw English. */
const rawRefusal = (query: MockLink.MockedResponse['request']['query'], id: string) => ({
  request: { query, variables: { id } },
  result: { errors: [{ message: 'id must be an id', extensions: { code: 'BAD_USER_INPUT' } }] },
});

const pages: [string, ReactElement, string, MockLink.MockedResponse['request']['query'], string][] =
  [
    ['/groups/:id', <GroupPage />, 'group', GroupQuery, 'Not An Id!'],
    ['/sessions/:id', <SessionPage />, 'session', SessionQuery, '%%%'],
    ['/spaces/:id', <SpacePage />, 'space', SpaceQuery, '123'],
    ['/help/posts/:id', <HelpPostPage />, 'helpPost', HelpPostQuery, 'x'],
    ['/help/exchanges/:id', <ExchangePage />, 'exchange', ExchangeQuery, '00000000-0000'],
  ];

describe.each(['en', 'ur'] as const)('links with a malformed id, in %s', (language) => {
  it.each(pages)(
    '%s shows the translated not-found page, not the raw refusal',
    async (path, page, area, query, id) => {
      const url = path.replace(':id', id);
      const { i18n } = renderWithApp(page, {
        url,
        path,
        language,
        mocks: [rawRefusal(query, id)],
      });
      expect(
        await screen.findByRole('heading', { level: 1, name: i18n.t('notFound.title') }),
      ).toBeTruthy();
      expect(screen.getByText(i18n.t(`${area}.notFound` as 'group.notFound'))).toBeTruthy();
      expect(document.body.textContent).not.toMatch(/must be an id/);
    },
  );

  it('/help/123 is no page at all: the translated not-found page', async () => {
    const { i18n } = renderWithApp(<NotFoundPage />, { url: '/help/123', path: '*', language });
    expect(screen.getByRole('heading', { level: 1, name: i18n.t('notFound.title') })).toBeTruthy();
    if (language === 'ur') expect(i18n.t('notFound.title')).not.toBe("We can't find that page");
  });
});
