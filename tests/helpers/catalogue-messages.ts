/**
 * Whether a text an editor is shown comes from the catalogue of messages
 * (src/catalogue/messages/) rather than from a parser or library.
 */
import { expect } from 'vitest';
import type { ContentIssue } from '../../src/catalogue/issues.ts';
import { MESSAGE_CATALOGUES, MESSAGE_LANGUAGES, type MessageLanguage } from '../../src/catalogue/messages/index.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every text the catalogue of a language can produce, as a pattern: each
 * message is called with markers for its parameters, and each marker then
 * stands for any text. A message a parser wrote matches none of them.
 */
function cataloguePatterns(lang: MessageLanguage): RegExp[] {
  const marker = '\u0001';
  const params = new Proxy(
    {},
    {
      get: (_, name) =>
        name === 'kind' ? 'practice' : name === 'other' ? 'city' : typeof name === 'string' ? marker : undefined,
    },
  );
  return Object.values(MESSAGE_CATALOGUES[lang]).map((message) => {
    const text = (message as (p: unknown) => string)(params);
    return new RegExp(`^${text.split(marker).map(escapeRegExp).join('[^\\n]*?')}$`);
  });
}

export const CATALOGUE_PATTERNS = Object.fromEntries(
  MESSAGE_LANGUAGES.map((lang) => [lang, cataloguePatterns(lang)]),
) as Record<MessageLanguage, RegExp[]>;

/** Each issue's message and fix are catalogue texts of `lang`, none with the words in `foreign`, and each has a fix. */
export function expectCatalogueOnly(issues: readonly ContentIssue[], lang: MessageLanguage, foreign: RegExp): void {
  for (const issue of issues) {
    for (const text of [issue.message, issue.suggestion ?? '']) {
      expect(text, `${lang}: ${text}`).not.toMatch(foreign);
      expect(
        CATALOGUE_PATTERNS[lang].some((pattern) => pattern.test(text)),
        `${lang}: not from the catalogue: ${text}`,
      ).toBe(true);
    }
    expect(issue.suggestion, `${lang}: ${issue.message} has a fix`).toBeTruthy();
  }
}
