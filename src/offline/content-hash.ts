/**
 * One content hash for the build (Node) and the service worker (browser):
 * SHA-256 through Web Crypto, which both have, cut to 16 hex digits, enough
 * to tell two versions of a file apart.
 */
export async function contentHash(bytes: BufferSource | string): Promise<string> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const digest = await crypto.subtle.digest('SHA-256', data);
  return Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}
