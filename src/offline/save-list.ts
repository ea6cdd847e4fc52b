/**
 * The list of files that make the catalogue of one language work offline
 * (`offline/files-<lang>.json`, written by the build): every page of the
 * language, its search index, the map data and the assets they use, each
 * with its size and content hash. The save page shows its totals before
 * anything is downloaded; the worker uses the hashes to keep what did not
 * change when the site is updated.
 */
export interface SaveList {
  /** The build the list describes. */
  version: string;
  lang: string;
  /** [path inside the site, bytes, content hash], sorted by path. */
  files: SaveListFile[];
}
export type SaveListFile = [path: string, bytes: number, hash: string];

export function totalOf(files: readonly SaveListFile[]): { count: number; bytes: number } {
  return { count: files.length, bytes: files.reduce((sum, [, bytes]) => sum + bytes, 0) };
}

/** The files of a list (or of several: unionOfLists) that are not in the cache yet. */
export function missingFiles(files: readonly SaveListFile[], cached: ReadonlySet<string>): SaveListFile[] {
  return files.filter(([path]) => !cached.has(path));
}

/** The files of several save lists, each once: the bundled assets, icons and map data are shared. */
export function unionOfLists(lists: readonly SaveList[]): SaveListFile[] {
  const files = new Map<string, SaveListFile>();
  for (const list of lists) for (const file of list.files) if (!files.has(file[0])) files.set(file[0], file);
  return [...files.values()];
}

/**
 * A size in the visitor's language: "8.3 MB", "8,3 Mo", "340 kB". Decimal
 * units (1 MB = 1,000,000 bytes), as Intl names them.
 */
export function formatBytes(bytes: number, locale: string): string {
  const [unit, value] =
    bytes >= 1e9
      ? ['gigabyte', bytes / 1e9]
      : bytes >= 1e6
        ? ['megabyte', bytes / 1e6]
        : ['kilobyte', Math.max(bytes / 1e3, bytes > 0 ? 0.1 : 0)];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
