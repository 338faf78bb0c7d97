import express from 'express';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { canonicalDocument, TrustedDocuments } from './trusted-documents';
import { trustedDocumentsMiddleware } from './trusted-documents.middleware';
import { asApolloClientSends } from './testing';

const GROUPS =
  'query Groups($first: Int!, $after: String) { groups(first: $first, after: $after) { edges { cursor node { id name } } } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const manifest = { [`sha256:${sha256(GROUPS)}`]: GROUPS };

describe('canonicalDocument', () => {
  it('writes the same operation the same way whatever its layout, order and __typename fields', () => {
    const reordered = `
      query Groups($after: String, $first: Int!) {
        groups(after: $after, first: $first) { __typename edges { node { name id __typename } cursor } }
      }`;
    expect(canonicalDocument(reordered)).toBe(canonicalDocument(GROUPS));
  });

  it('tells apart operations that ask for different things', () => {
    const canonical = canonicalDocument(GROUPS);
    expect(canonicalDocument(GROUPS.replace('name', 'description'))).not.toBe(canonical);
    expect(canonicalDocument(GROUPS.replace('$first: Int!', '$first: Int'))).not.toBe(canonical);
    expect(canonicalDocument(GROUPS.replace('first: $first', 'first: 50'))).not.toBe(canonical);
    // An aliased __typename is a field like any other.
    expect(canonicalDocument(GROUPS.replace('cursor', 'cursor x: __typename'))).not.toBe(canonical);
  });

  it('is null for text that does not parse', () => {
    expect(canonicalDocument('{ groups {')).toBeNull();
  });
});

describe('TrustedDocuments', () => {
  const documents = new TrustedDocuments(manifest);

  it('trusts an operation of the manifest as Apollo Client sends it', () => {
    expect(documents.check({ query: asApolloClientSends(GROUPS) })).toEqual({ kind: 'trusted' });
  });

  it('refuses any other operation', () => {
    expect(documents.check({ query: '{ groups { edges { node { id } } } }' })).toEqual({
      kind: 'untrusted',
    });
    expect(documents.check({ query: 'not graphql' })).toEqual({ kind: 'untrusted' });
  });

  it('resolves a manifest hash sent alone, with or without the sha256: prefix', () => {
    const hash = sha256(GROUPS);
    for (const sha256Hash of [hash, `sha256:${hash}`, hash.toUpperCase()]) {
      expect(
        documents.check({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      ).toEqual({ kind: 'resolved', query: GROUPS });
    }
    expect(
      documents.check({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256('x') } } }),
    ).toEqual({ kind: 'untrusted' });
  });

  it('leaves a request with nothing to run to GraphQL', () => {
    expect(documents.check({})).toEqual({ kind: 'empty' });
    expect(documents.check({ query: '', extensions: {} })).toEqual({ kind: 'empty' });
  });

  it('loads a codegen manifest and explains one it cannot use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'village-manifest-'));
    writeFileSync(join(dir, 'good.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(['query { x }']));
    expect(TrustedDocuments.load(join(dir, 'good.json')).size).toBe(1);
    expect(() => TrustedDocuments.load(join(dir, 'bad.json'))).toThrow(
      'is not a map of hashes to documents',
    );
    expect(() => TrustedDocuments.load(join(dir, 'missing.json'))).toThrow(
      'Cannot read the trusted-documents manifest',
    );
  });

  it('trusts every operation of the web app’s own manifest as Apollo Client sends it', () => {
    const path = resolve(__dirname, '../../../web/src/gql/persisted-documents.json');
    const web = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    const trusted = new TrustedDocuments(web);
    expect(Object.keys(web).length).toBeGreaterThan(0);
    for (const [hash, text] of Object.entries(web)) {
      expect(hash).toBe(`sha256:${sha256(text)}`);
      expect(trusted.check({ query: asApolloClientSends(text) })).toEqual({ kind: 'trusted' });
    }
  });
});

describe('trustedDocumentsMiddleware', () => {
  let url: string;
  let close: () => void;
  beforeAll(async () => {
    const app = express();
    app.use(express.json());
    app.use('/graphql', trustedDocumentsMiddleware(new TrustedDocuments(manifest)));
    // Stands in for Apollo, which reads the same `url` and `body`: shows what reached it.
    app.use('/graphql', (request, response) => {
      response.json({ reached: true, url: request.url, body: request.body ?? null });
    });
    const server = app.listen(0);
    await new Promise((done) => server.once('listening', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    close = () => server.close();
  });
  afterAll(() => close());

  const post = async (body: unknown) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('passes a trusted operation untouched', async () => {
    const body = { query: asApolloClientSends(GROUPS), variables: { first: 5 } };
    expect(await post(body)).toEqual({ status: 200, body: { reached: true, url: '/', body } });
  });

  it('refuses an untrusted one before it reaches GraphQL', async () => {
    expect(await post({ query: '{ __schema { types { name } } }' })).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'This server runs only the operations the Village web app was built with.',
            extensions: { code: 'OPERATION_NOT_TRUSTED' },
          },
        ],
      },
    });
  });

  it('refuses a batch with any untrusted operation in it', async () => {
    const result = await post([{ query: GROUPS }, { query: '{ me { email } }' }]);
    expect(result.status).toBe(400);
  });

  it('turns a POST carrying only a manifest hash into the operation’s text', async () => {
    const result = await post({
      variables: { first: 5 },
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(GROUPS) } },
    });
    expect(result.body['body']).toEqual({ variables: { first: 5 }, query: GROUPS });
  });

  it('turns a GET carrying only a manifest hash into the operation’s text', async () => {
    const extensions = JSON.stringify({
      persistedQuery: { version: 1, sha256Hash: sha256(GROUPS) },
    });
    const response = await fetch(
      `${url}?variables=${encodeURIComponent('{"first":5}')}&extensions=${encodeURIComponent(extensions)}`,
    );
    const { url: reachedUrl } = (await response.json()) as { url: string };
    const reached = new URL(reachedUrl, 'http://x').searchParams;
    expect(reached.get('query')).toBe(GROUPS);
    expect(reached.get('variables')).toBe('{"first":5}');
    expect(reached.has('extensions')).toBe(false);
  });

  it('refuses a GET with an untrusted query', async () => {
    const response = await fetch(`${url}?query=${encodeURIComponent('{ me { email } }')}`);
    expect(response.status).toBe(400);
  });

  it('lets a request with nothing to run through, for GraphQL to refuse', async () => {
    expect((await post({})).status).toBe(200);
  });
});
