import { createHash, randomBytes } from 'node:crypto';

/** A secret for a cookie or an emailed link, and the SHA-256 under which it is stored. */
export function newSecret(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecret(token) };
}

export function hashSecret(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
