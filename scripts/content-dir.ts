/**
 * Which content folder a command works on: `--content <dir>`, else the
 * ATLAS_CONTENT_DIR environment variable, else ./content. Fixtures and
 * generated benchmark catalogues live outside content/ and use this.
 */
import { option } from './lib/args.ts';

export function contentDirFromEnv(argv: readonly string[]): string {
  return option('content', process.env.ATLAS_CONTENT_DIR ?? 'content', argv);
}
