import type { BrowserContext } from 'playwright-core';

/**
 * The API runs with trusted documents on (see village-server.ts): an operation of the web app
 * missing from the manifest is refused with this code, over HTTP and over graphql-ws. Each refusal
 * a page meets is kept here, and every journey fails on one (setup-trusted-documents.ts), even
 * when the page hides the error well.
 */
const NOT_TRUSTED = 'OPERATION_NOT_TRUSTED';

export const refusedOperations: string[] = [];

export function watchForUntrustedOperations(context: BrowserContext): void {
  context.on('response', (response) => {
    if (!response.url().endsWith('/graphql') || response.status() !== 400) return;
    void response
      .text()
      .then((body) => {
        if (body.includes(NOT_TRUSTED))
          refusedOperations.push(`POST /graphql ${response.request().postData() ?? ''}`);
      })
      .catch(() => undefined); // The page went away before the body was read.
  });
  context.on('page', (page) =>
    page.on('websocket', (socket) =>
      socket.on('framereceived', ({ payload }) => {
        if (String(payload).includes(NOT_TRUSTED)) refusedOperations.push(`graphql-ws ${payload}`);
      }),
    ),
  );
}
