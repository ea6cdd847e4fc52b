/**
 * What the build writes into sw.js for the worker: the build's version and
 * the few facts about the site it cannot learn otherwise.
 */
export interface WorkerConfig {
  /** Derived from the content of every file: an unchanged build keeps it. */
  version: string;
  /** The base path, e.g. "/" or "/atlas/": the worker's scope. */
  base: string;
  languages: string[];
  /** Paths inside the site cached when the worker installs: small, and needed for every page or offline. */
  shell: string[];
  /** Content hashes of the files whose name does not change with their content (kind "verified"). */
  hashes: Record<string, string>;
  /** How long a navigation waits for the network before a saved copy is shown. */
  navigationTimeoutMs: number;
  /**
   * When a new build installs, the changed files of a saved catalogue are
   * downloaded at once if they weigh at most this much; beyond, the save
   * page offers the update with its size.
   */
  autoUpdateBytes: number;
}
