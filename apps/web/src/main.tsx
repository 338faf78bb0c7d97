import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './app/apollo-client';
import { App } from './app/App';
import { createI18n } from './i18n/i18n';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n()}>
      <ApolloProvider client={createApolloClient()}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </ApolloProvider>
    </I18nextProvider>
  </StrictMode>,
);
