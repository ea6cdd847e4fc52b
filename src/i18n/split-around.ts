/**
 * A translated sentence with one link inside ("Contact: {email}"): the
 * sentence is filled with a NUL marker where the link goes, and split into
 * the text before and after it, so that word order stays the translator's.
 */
export function splitAround(filled: string, marker = '\u0000'): [string, string] {
  const at = filled.indexOf(marker);
  return at === -1 ? [filled, ''] : [filled.slice(0, at), filled.slice(at + marker.length)];
}
