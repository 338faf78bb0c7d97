import type { RequestHandler, Response } from 'express';
import { Kind, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { canonicalDocument, isRecord } from '../security/trusted-documents';

/**
 * Web operations whose answer is the same for every viewer: they read only public types and
 * fields (`public-response-cache.spec.ts` walks each one against the schema's policies). Nothing
 * else is ever cached.
 */
export const CACHEABLE_OPERATIONS = ['SessionSearch'];

/** Most answers kept; the oldest goes first (about 20 kB each for a page of 20 sessions). */
const MAX_ENTRIES = 2_000;
/** Request texts whose canonical form is remembered (the web sends a few texts again and again). */
const MAX_TEXTS = 200;

interface Entry {
  body: string;
  contentType: string;
  expires: number;
}

/**
 * Whole answers to the public operations in CACHEABLE_OPERATIONS, by document and variables, for
 * a few seconds: a popular search (the same place, age and filters) is answered without GraphQL or
 * the database. Any session change anywhere empties it (`sessions/changed`, across processes when
 * Redis is on); edits to groups and spaces show within the time to live.
 */
export class PublicResponseCache {
  /** Canonical text of each cacheable document, and its position (the key's prefix). */
  private readonly documents = new Map<string, number>();
  private readonly canonicalByText = new Map<string, string | null>();
  private readonly entries = new Map<string, Entry>();
  hits = 0;
  misses = 0;

  constructor(
    manifest: Record<string, string>,
    private readonly ttlMs: number,
    private readonly clock: () => number = Date.now,
  ) {
    for (const text of Object.values(manifest)) {
      const operations = parse(text).definitions.filter(
        (definition) => definition.kind === Kind.OPERATION_DEFINITION,
      );
      const [only] = operations;
      const cacheable =
        operations.length === 1 &&
        only!.operation === 'query' &&
        CACHEABLE_OPERATIONS.includes(only!.name?.value ?? '');
      if (cacheable) this.documents.set(canonicalDocument(text)!, this.documents.size);
    }
  }

  static load(manifestPath: string, ttlSeconds: number): PublicResponseCache {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
    return new PublicResponseCache(manifest, ttlSeconds * 1000);
  }

  /** The key for a request body, or null when it is not a cacheable operation. */
  keyFor(body: unknown): string | null {
    if (!isRecord(body) || typeof body['query'] !== 'string') return null;
    const text = body['query'];
    let canonical = this.canonicalByText.get(text);
    if (canonical === undefined) {
      canonical = canonicalDocument(text);
      if (this.canonicalByText.size >= MAX_TEXTS) this.canonicalByText.clear();
      this.canonicalByText.set(text, canonical);
    }
    const document = canonical === null ? undefined : this.documents.get(canonical);
    if (document === undefined) return null;
    return `${document}:${JSON.stringify(body['variables'] ?? {})}`;
  }

  get(key: string): Entry | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expires <= this.clock()) {
      this.entries.delete(key);
      return null;
    }
    return entry;
  }

  set(key: string, body: string, contentType: string): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { body, contentType, expires: this.clock() + this.ttlMs });
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Keeps the answer Apollo sends when it is a success with no errors. */
function keepAnswer(cache: PublicResponseCache, key: string, response: Response): void {
  const send = response.send.bind(response);
  response.send = (body?: unknown) => {
    if (
      response.statusCode === 200 &&
      typeof body === 'string' &&
      !body.includes('"errors"') &&
      !response.getHeader('set-cookie')
    )
      cache.set(key, body, String(response.getHeader('content-type') ?? 'application/json'));
    return send(body);
  };
}

/**
 * Answers a cacheable POST from the cache, or lets it through to Apollo and keeps the answer.
 * Mounted after the rate limits, the body parser and the trusted-documents check.
 */
export function publicResponseCacheMiddleware(cache: PublicResponseCache): RequestHandler {
  return (request, response, next) => {
    const key = request.method === 'POST' ? cache.keyFor(request.body) : null;
    if (key === null) return next();
    const entry = cache.get(key);
    if (entry) {
      cache.hits++;
      response.setHeader('x-village-cache', 'hit');
      response.type(entry.contentType).send(entry.body);
      return;
    }
    cache.misses++;
    response.setHeader('x-village-cache', 'miss');
    keepAnswer(cache, key, response);
    next();
  };
}
