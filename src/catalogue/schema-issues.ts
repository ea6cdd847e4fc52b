/**
 * Runs a Zod schema over parsed YAML and turns its issues into editor
 * messages placed on the editor's line.
 */
import type { z } from 'astro/zod';
import { formatFieldPath, type ContentIssue } from './issues.ts';
import { say } from './messages/index.ts';
import { editorZodError } from './messages/zod-errors.ts';
import jsYaml from 'js-yaml';
import { missingFieldLines } from '../schemas/field-examples.ts';
import { nearest } from './suggest.ts';
import type { YamlSource } from './yaml-source.ts';

type AnySchema = z.ZodType;

interface SchemaDef {
  type: string;
  shape?: Record<string, AnySchema>;
  innerType?: AnySchema;
  element?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  options?: AnySchema[];
}

function defOf(schema: AnySchema): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** The object schema found at `path`, looking through optional, default, arrays, pipes and unions. */
function objectKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: AnySchema | undefined = schema;
  const unwrap = (s: AnySchema | undefined): AnySchema | undefined => {
    let node = s;
    for (let depth = 0; node && depth < 10; depth++) {
      const def = defOf(node);
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault')
        node = def.innerType;
      // A transform's pipe is read by its input; a union (a city id or { city, role }) by its object form.
      else if (def.type === 'pipe') node = def.out && defOf(def.out).type === 'transform' ? def.in : def.out;
      else if (def.type === 'union') node = def.options?.find((option) => defOf(option).type === 'object');
      else break;
    }
    return node;
  };
  current = unwrap(current);
  for (const segment of path) {
    if (!current) return [];
    const def = defOf(current);
    if (def.type === 'object' && typeof segment === 'string') current = unwrap(def.shape?.[segment]);
    else if (def.type === 'array') current = unwrap(def.element);
    else return [];
  }
  if (!current) return [];
  const def = defOf(current);
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

export function validateAgainst<S extends AnySchema>(
  schema: S,
  source: YamlSource,
  file: string,
  issues: ContentIssue[],
): z.infer<S> | undefined {
  const result = schema.safeParse(source.data, { error: editorZodError });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      const known = objectKeysAt(schema, path);
      for (const key of issue.keys) {
        const close = nearest(key, known);
        issues.push({
          file,
          line: source.lineOf([...path, key]),
          field: formatFieldPath([...path, key]),
          message: say.unknownField({ key }),
          suggestion: close ? say.didYouMean({ value: close }) : say.unknownFieldFix({ fields: known.join(', ') }),
        });
      }
      continue;
    }
    const params = (issue as { params?: { suggestion?: string } }).params;
    const value = valueAt(source.data, path);
    const missing = path.length > 0 && value === undefined;
    const lastKey = path[path.length - 1];
    // A field left out is added at the end of the fields, so that is where it is reported, with the line to add.
    const toAdd = missing && path.length === 1 ? lineToAdd(schema, String(lastKey)) : undefined;
    issues.push({
      file,
      line: toAdd && source.endLine !== undefined ? source.endLine : source.lineOf(path),
      field: formatFieldPath(path) || undefined,
      message: missing ? say.requiredField({ field: String(lastKey) }) : issue.message,
      suggestion: toAdd
        ? say.requiredFieldFix({ line: toAdd })
        : missing
          ? issue.message
          : (params?.suggestion ?? colonInText(issue, value)),
    });
  }
  return undefined;
}

/** The first example line for a missing field that the field's own schema accepts. */
function lineToAdd(schema: AnySchema, key: string): string | undefined {
  const field = defOf(schema).shape?.[key];
  if (!field) return undefined;
  return missingFieldLines(key, new Date().toISOString().slice(0, 10)).find((line) => {
    const value = jsYaml.load(line.slice(line.indexOf(':') + 1)) as unknown;
    return field.safeParse(value).success;
  });
}

/**
 * `- Result : 20 streets` in a list is read as a field "Result" holding
 * "20 streets": the French " : " (or any ": ") in a text item. The text is
 * not taken apart again, as its spacing is lost; the fix says to quote it.
 */
function colonInText(issue: z.core.$ZodIssue, value: unknown): string | undefined {
  if (issue.code !== 'invalid_type' || issue.expected !== 'string') return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length !== 1 || typeof entries[0]![1] === 'object') return undefined;
  return say.colonInTextFix({ text: JSON.stringify(`${entries[0]![0]}: ${String(entries[0]![1] ?? '')}`) });
}
