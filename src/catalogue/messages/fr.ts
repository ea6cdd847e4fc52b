import { en, enNouns, type FieldNoun, type Messages } from './en.ts';
export const fr: Messages = { ...en };
export const frNouns: Record<FieldNoun, string> = { ...enNouns };
