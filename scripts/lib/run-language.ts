/**
 * The language a command speaks to the editor in, chosen as `npm run check`
 * chooses it (--lang, ATLAS_LANG, the system locale, else English) and set
 * for the run; an unknown language is refused with exit code 2.
 */
import { chooseMessageLanguage } from '../../src/catalogue/messages/choose-language.ts';
import { setMessageLanguage, type MessageLanguage } from '../../src/catalogue/messages/index.ts';

export function setRunLanguage(argv: readonly string[]): MessageLanguage {
  const language = chooseMessageLanguage(argv, process.env);
  if (!language.ok) {
    console.error(language.error);
    process.exit(2);
  }
  setMessageLanguage(language.lang);
  return language.lang;
}
