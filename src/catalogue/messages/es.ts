import { en, enNouns, type FieldNoun, type Messages } from './en.ts';
export const es: Messages = { ...en };
export const esNouns: Record<FieldNoun, string> = { ...enNouns };
