import { GraphQLSchema, parse, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { readFileSync } from 'node:fs';
import type { Policy } from '../access/policy';
import { readConfig } from '../config/app-config';
import { buildAppSchema } from '../build-schema';
import { CACHEABLE_OPERATIONS, PublicResponseCache } from './public-response-cache';

const manifest = JSON.parse(
  readFileSync(readConfig({}).trustedDocumentsManifest, 'utf8'),
) as Record<string, string>;
const cacheable = Object.values(manifest).filter((text) =>
  CACHEABLE_OPERATIONS.some(
    (name) => text.includes(`query ${name}(`) || text.includes(`query ${name} `),
  ),
);
const SEARCH = cacheable[0]!;
const body = (query: string, variables: unknown = { first: 20 }) => ({ query, variables });

describe('PublicResponseCache', () => {
  it('finds every cacheable operation in the web app’s manifest', () => {
    expect(cacheable).toHaveLength(CACHEABLE_OPERATIONS.length);
  });

  it('keys a cacheable document by its variables, however the text is laid out', () => {
    const cache = new PublicResponseCache(manifest, 1000);
    const key = cache.keyFor(body(SEARCH));
    expect(key).not.toBeNull();
    const relaidOut = SEARCH.replace(/ \{/g, '\n{\n  ').replace(/\} /g, '\n}\n');
    expect(cache.keyFor(body(relaidOut))).toBe(key);
    expect(cache.keyFor(body(SEARCH, { first: 10 }))).not.toBe(key);
  });

  it('has no key for any other operation, or for something that is not GraphQL', () => {
    const cache = new PublicResponseCache(manifest, 1000);
    const others = Object.values(manifest).filter((text) => !cacheable.includes(text));
    expect(others.length).toBeGreaterThan(10);
    for (const text of others) expect(cache.keyFor(body(text))).toBeNull();
    expect(cache.keyFor(body('query SessionSearch { me { email } }'))).toBeNull();
    expect(cache.keyFor(body('not { graphql'))).toBeNull();
    expect(cache.keyFor('a string')).toBeNull();
  });

  it('forgets answers after their time to live, or when cleared', () => {
    let now = 0;
    const cache = new PublicResponseCache(manifest, 1000, () => now);
    cache.set('k', '{"data":1}', 'application/json');
    now = 999;
    expect(cache.get('k')?.body).toBe('{"data":1}');
    now = 1000;
    expect(cache.get('k')).toBeNull();
    cache.set('k', '{"data":2}', 'application/json');
    cache.clear();
    expect(cache.get('k')).toBeNull();
  });

  it('keeps at most 2,000 answers, dropping the oldest first', () => {
    const cache = new PublicResponseCache(manifest, 1000);
    for (let i = 0; i <= 2000; i++) cache.set(`k${i}`, '{}', 'application/json');
    expect(cache.size).toBe(2000);
    expect(cache.get('k0')).toBeNull();
    expect(cache.get('k2000')).not.toBeNull();
  });
});

describe('cacheable operations are the same for every viewer', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  it.each(CACHEABLE_OPERATIONS)(
    '%s reads only public types and fields nobody is refused',
    (name) => {
      const document = cacheable.find((text) => text.includes(`query ${name}`))!;
      const typeInfo = new TypeInfo(schema);
      const private_: string[] = [];
      let fields = 0;
      visit(
        parse(document),
        visitWithTypeInfo(typeInfo, {
          Field() {
            const parent = typeInfo.getParentType();
            const field = typeInfo.getFieldDef();
            if (!parent || !field) return;
            fields++;
            const policy = field.extensions['policy'] as Policy | undefined;
            if (parent.extensions['personalData'] || (policy && !policy.allowsEveryone))
              private_.push(`${parent.name}.${field.name}`);
          },
        }),
      );
      expect(fields).toBeGreaterThan(10);
      expect(private_).toEqual([]);
    },
  );
});
