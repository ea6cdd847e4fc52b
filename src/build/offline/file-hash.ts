/**
 * The content hash of src/offline/content-hash.ts (SHA-256 cut to 16 hex
 * digits) for the build, through node:crypto: Web Crypto, which the worker
 * needs, copies every buffer and answers through a promise, which is
 * slower over a site's thousands of files. The unit tests check that both
 * give the same hash.
 */
import { createHash } from 'node:crypto';

export function fileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}
