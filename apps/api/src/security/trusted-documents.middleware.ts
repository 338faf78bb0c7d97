import type { RequestHandler } from 'express';
import { sendGraphQLError } from './graphql-error-response';
import {
  isRecord,
  NOT_TRUSTED_CODE,
  NOT_TRUSTED_MESSAGE,
  TrustedDocuments,
} from './trusted-documents';

/** `extensions` without `persistedQuery`, or undefined when nothing else is left. */
function withoutPersistedQuery(extensions: unknown): Record<string, unknown> | undefined {
  if (!isRecord(extensions)) return undefined;
  const { persistedQuery: _persistedQuery, ...rest } = extensions;
  return Object.keys(rest).length ? rest : undefined;
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Lets through to Apollo only the operations in the trusted-documents manifest, before any GraphQL
 * work (context, parsing, validation) is done for them. A request carrying only the hash of a manifest
 * entry is rewritten to carry its text, so Apollo runs it as an ordinary request. Requests with
 * nothing to run pass, for Apollo to refuse in its own words (CSRF, batching, an empty body).
 */
export function trustedDocumentsMiddleware(documents: TrustedDocuments): RequestHandler {
  return (request, response, next) => {
    if (request.method === 'POST') {
      const operations: unknown[] = Array.isArray(request.body) ? request.body : [request.body];
      for (const operation of operations) {
        if (!isRecord(operation)) continue;
        const verdict = documents.check(operation);
        if (verdict.kind === 'untrusted')
          return sendGraphQLError(response, 400, NOT_TRUSTED_MESSAGE, { code: NOT_TRUSTED_CODE });
        if (verdict.kind === 'resolved') {
          operation['query'] = verdict.query;
          const rest = withoutPersistedQuery(operation['extensions']);
          // Apollo refuses an `extensions` key whose value is not an object.
          if (rest) operation['extensions'] = rest;
          else delete operation['extensions'];
        }
      }
    } else if (request.method === 'GET') {
      const mark = request.url.indexOf('?');
      const path = mark === -1 ? request.url : request.url.slice(0, mark);
      const params = new URLSearchParams(mark === -1 ? '' : request.url.slice(mark + 1));
      const extensions = parseJson(params.get('extensions'));
      const verdict = documents.check({ query: params.get('query') ?? undefined, extensions });
      if (verdict.kind === 'untrusted')
        return sendGraphQLError(response, 400, NOT_TRUSTED_MESSAGE, { code: NOT_TRUSTED_CODE });
      if (verdict.kind === 'resolved') {
        params.set('query', verdict.query);
        const rest = withoutPersistedQuery(extensions);
        if (rest) params.set('extensions', JSON.stringify(rest));
        else params.delete('extensions');
        request.url = `${path}?${params.toString()}`;
      }
    }
    next();
  };
}
