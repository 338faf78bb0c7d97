import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createCache } from '../src/app/apollo-client';
import { createI18n } from '../src/i18n/i18n';
import type { LanguageCode } from '../src/i18n/languages';

export interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  /** The address the page is opened at. */
  url?: string;
  /** The route pattern the element is mounted on, e.g. "/groups/:id". */
  path?: string;
  language?: LanguageCode;
}

/** The current address, written where a spec can read it: filters live in the URL. */
function LocationProbe() {
  const location = useLocation();
  return (
    <div data-testid="location" hidden>
      {location.pathname + location.search}
    </div>
  );
}

/** Renders a page or feature with the app's real i18n, Apollo cache policies and router, over mocked GraphQL. */
export function renderWithApp(
  element: ReactElement,
  { mocks = [], url = '/', path = '/', language = 'en' }: RenderOptions = {},
) {
  const i18n = createI18n(language);
  // The browser's address starts where the router does, as it would with the app's BrowserRouter.
  window.history.replaceState(null, '', url);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path={path} element={element} />
            {/* Where the element sends people: nothing to show, but the address is read by specs. */}
            {path === '*' ? null : <Route path="*" element={null} />}
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
  return { ...result, i18n };
}
