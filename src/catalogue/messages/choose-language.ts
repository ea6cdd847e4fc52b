/**
 * Which language `npm run check` and `npm run build` report in: `--lang`,
 * else ATLAS_LANG, else the system's locale (LC_ALL, LC_MESSAGES, LANG, in
 * the order POSIX gives them precedence), else English. An explicit choice
 * that is not a language of the catalogue is refused rather than ignored, so
 * a typo never silently gives English.
 */
import { isMessageLanguage, MESSAGE_LANGUAGES, MESSAGE_CATALOGUES, type MessageLanguage } from './index.ts';

export type LanguageChoice = { ok: true; lang: MessageLanguage } | { ok: false; lang: MessageLanguage; error: string };

type Environment = Readonly<Record<string, string | undefined>>;

/** "fr_FR.UTF-8" → "fr", "es-AR" → "es"; "C", "POSIX" and unknown languages → undefined. */
export function languageOfLocale(locale: string | undefined): MessageLanguage | undefined {
  const code = locale
    ?.trim()
    .split(/[_.@-]/, 1)[0]
    ?.toLowerCase();
  return isMessageLanguage(code) ? code : undefined;
}

/** The system locale's language, skipping unset or empty variables as POSIX does. */
function localeLanguage(env: Environment): MessageLanguage | undefined {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return languageOfLocale(locale);
}

function explicitValue(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index < 0) return undefined;
  const arg = argv[index]!;
  return arg.startsWith('--lang=') ? arg.slice('--lang='.length) : (argv[index + 1] ?? '');
}

export function chooseMessageLanguage(argv: readonly string[], env: Environment): LanguageChoice {
  const fallback = localeLanguage(env) ?? 'en';
  const refuse = (value: string, option: string): LanguageChoice => ({
    ok: false,
    lang: fallback,
    error: MESSAGE_CATALOGUES[fallback].unknownLanguage({ value, option, choices: MESSAGE_LANGUAGES.join(', ') }),
  });
  const flag = explicitValue(argv);
  if (flag !== undefined)
    return isMessageLanguage(flag.toLowerCase())
      ? { ok: true, lang: flag.toLowerCase() as MessageLanguage }
      : refuse(flag, '--lang');
  const variable = env.ATLAS_LANG;
  if (variable !== undefined && variable !== '') {
    return isMessageLanguage(variable.toLowerCase())
      ? { ok: true, lang: variable.toLowerCase() as MessageLanguage }
      : refuse(variable, 'ATLAS_LANG');
  }
  return { ok: true, lang: fallback };
}
