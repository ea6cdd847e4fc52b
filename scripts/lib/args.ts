/**
 * `--name value` options of the project's commands.
 */
export function option(name: string, fallback: string, argv: readonly string[] = process.argv.slice(2)): string {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 && argv[index + 1] ? argv[index + 1]! : fallback;
}
