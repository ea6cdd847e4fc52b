/**
 * Where each field was written, kept per file so that checks made after
 * parsing (cross-file references) can still point at the editor's line.
 */
export type LineOf = (path: readonly PropertyKey[]) => number;

export class Locations {
  readonly #byFile = new Map<string, LineOf>();

  set(file: string, lineOf: LineOf): void {
    this.#byFile.set(file, lineOf);
  }

  lineOf(file: string, path: readonly PropertyKey[]): number {
    return this.#byFile.get(file)?.(path) ?? 1;
  }
}
