/**
 * Which content folder a command works on: `--content <dir>`, else the
 * ATLAS_CONTENT_DIR environment variable, else ./content. Fixtures and
 * generated benchmark catalogues live outside content/ and use this.
 */
export function contentDirFromEnv(argv: readonly string[]): string {
  const flag = argv.indexOf('--content');
  if (flag >= 0 && argv[flag + 1]) return argv[flag + 1]!;
  return process.env.ATLAS_CONTENT_DIR ?? 'content';
}
