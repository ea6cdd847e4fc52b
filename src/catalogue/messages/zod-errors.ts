/**
 * Messages for Zod's own checks where a schema gives none (`.int()` on a
 * year, the bounds of `decimals`), in the editor's language. Zod ships
 * locales, but they are written for developers ("Entrée invalide : entier
 * attendu, nombre reçu"); editors get these instead.
 *
 * Passed per parse (`safeParse(data, { error: editorZodError })`) rather than
 * set with `z.config()`, which would change the messages of every Zod user in
 * the process, Astro's configuration checks included.
 */
import { say } from './index.ts';

interface ZodIssueLike {
  code?: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: readonly unknown[];
}

export function editorZodError(issue: ZodIssueLike): string {
  switch (issue.code) {
    case 'invalid_type':
      switch (issue.expected) {
        case 'string':
          return say.zodExpectedText();
        case 'number':
          return say.zodExpectedNumber();
        case 'int':
          return say.zodExpectedWholeNumber();
        case 'boolean':
          return say.zodExpectedBoolean();
        case 'array':
          return say.zodExpectedList();
        case 'object':
          return say.zodExpectedFields();
        default:
          return say.zodExpectedOther();
      }
    case 'too_small': {
      const minimum = String(issue.minimum);
      if (issue.origin === 'string') return say.zodTextAtLeast({ minimum });
      if (issue.origin === 'array' || issue.origin === 'set') return say.zodListAtLeast({ minimum });
      return issue.inclusive === false ? say.zodNumberAbove({ minimum }) : say.zodNumberAtLeast({ minimum });
    }
    case 'too_big': {
      const maximum = String(issue.maximum);
      if (issue.origin === 'string') return say.zodTextAtMost({ maximum });
      if (issue.origin === 'array' || issue.origin === 'set') return say.zodListAtMost({ maximum });
      return issue.inclusive === false ? say.zodNumberBelow({ maximum }) : say.zodNumberAtMost({ maximum });
    }
    case 'invalid_value':
      return say.zodOneOf({ values: (issue.values ?? []).map((v) => String(v)).join(', ') });
    default:
      return say.zodInvalid();
  }
}
