/**
 * The language content problems are reported in, and the messages in it.
 *
 * The language is a setting of the run (`setMessageLanguage`, chosen by the
 * command from --lang or the environment) rather than an argument threaded
 * through every loader, and every message is produced when the problem is
 * found: `say.unknownField({ key })` reads the setting at that moment. Zod
 * schemas stay declarative by giving `error` a function, which Zod calls at
 * parse time: `z.boolean({ error: () => say.trueOrFalse() })`, or with a
 * field named in the editor's language,
 * `{ error: () => say.textNotText({ what: fieldNoun('title') }) }`.
 */
import { en, enNouns, type FieldNoun, type Messages } from './en.ts';
import { es, esNouns } from './es.ts';
import { fr, frNouns } from './fr.ts';

export type { EntryKindName, FieldNoun, MessageKey, Messages } from './en.ts';

export const MESSAGE_LANGUAGES = ['fr', 'en', 'es'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

export const MESSAGE_CATALOGUES: Record<MessageLanguage, Messages> = { en, fr, es };
export const FIELD_NOUNS: Record<MessageLanguage, Record<FieldNoun, string>> = {
  en: enNouns,
  fr: frNouns,
  es: esNouns,
};

let current: MessageLanguage = 'en';

export function setMessageLanguage(lang: MessageLanguage): void {
  current = lang;
}

export function messageLanguage(): MessageLanguage {
  return current;
}

export function isMessageLanguage(value: unknown): value is MessageLanguage {
  return typeof value === 'string' && (MESSAGE_LANGUAGES as readonly string[]).includes(value);
}

/** Every message, in the language set when it is called. */
export const say: Messages = Object.fromEntries(
  Object.keys(en).map((key) => [
    key,
    (params: never) => (MESSAGE_CATALOGUES[current][key as keyof Messages] as (p: never) => string)(params),
  ]),
) as unknown as Messages;

export function isFieldNoun(value: string): value is FieldNoun {
  return Object.hasOwn(enNouns, value);
}

/** A field or thing named in a message ("the title", "le titre", "el título"), in the current language. */
export function fieldNoun(noun: FieldNoun): string {
  return FIELD_NOUNS[current][noun];
}
