/**
 * Watches the content folder for the live preview with one watch per
 * folder: `fs.watch` on each directory, which on Linux is one inotify watch
 * telling about every file in it. Vite's watcher (chokidar) adds a watch
 * per file and a stat of each at start: at 10,000 practices, 41,000
 * watches and seconds of work before the first page; Node's recursive
 * `fs.watch` also watches each file on Linux. Here 10,000 practices are
 * about 11,000 watches, set up in a fraction of a second.
 *
 * Folders whose name starts with a dot are not content (the loader skips
 * them) and are not watched; a link is reported when it changes but never
 * followed (the loader refuses links leading out of the content folder).
 */
import { lstatSync, watch, type FSWatcher } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export class ContentWatcher {
  readonly root: string;
  readonly #onChange: (path: string) => void;
  readonly #onError: (error: NodeJS.ErrnoException) => void;
  /**
   * Each folder watched, with its inode when known (a folder found by listing its parent is not stat'ed): a folder
   * removed and made again under the same name is watched anew.
   */
  readonly #watchers = new Map<string, { watcher: FSWatcher; ino?: number }>();
  #closed = false;

  /**
   * `onChange` gets the absolute path of what changed (a file, or a folder
   * created, removed or renamed); `onError` a folder that could not be
   * watched (ENOSPC when the system's limit of watches is reached).
   */
  constructor(
    root: string,
    onChange: (path: string) => void,
    onError: (error: NodeJS.ErrnoException) => void = () => {},
  ) {
    this.root = root;
    this.#onChange = onChange;
    this.#onError = onError;
  }

  /**
   * Watches the root and every folder under it. The folders are listed in
   * the background (`ready` settles when all are watched): listing 11,000
   * folders on the dev server's thread held its start back, by seconds when
   * the disk was busy.
   */
  start(): this {
    this.ready = this.#watchTree(this.root);
    return this;
  }

  /** Settles once every folder found at the start is watched. */
  ready: Promise<void> = Promise.resolve();

  /** How many folders are watched (one system watch each). */
  get size(): number {
    return this.#watchers.size;
  }

  /** The folders watched, relative to the root ('' for the root). */
  folders(): string[] {
    return [...this.#watchers.keys()].map((folder) => relative(this.root, folder).split(sep).join('/'));
  }

  close(): void {
    this.#closed = true;
    for (const { watcher } of this.#watchers.values()) watcher.close();
    this.#watchers.clear();
  }

  /** `ino`: the folder's inode when known, `listed` when its parent's listing has just shown it as a folder. */
  async #watchTree(folder: string, ino?: number, listed = false): Promise<void> {
    if (ino === undefined && !listed) ino = (await lstat(folder).catch(() => undefined))?.ino;
    if (this.#closed || (ino === undefined && !listed)) return;
    const known = this.#watchers.get(folder);
    // Listed: already watched (an event got there first). Otherwise the same folder, unless made again.
    if (known && (listed || known.ino === ino)) return;
    if (known) this.#unwatchTree(folder);
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, { persistent: false }, (_event, name) => this.#changed(folder, name));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Gone before it could be watched: its parent's event has already said so.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.#onError(error as NodeJS.ErrnoException);
      return;
    }
    watcher.on('error', () => this.#unwatch(folder));
    this.#watchers.set(folder, { watcher, ino });
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    await Promise.all(
      entries
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
        .map((entry) => this.#watchTree(join(folder, entry.name), undefined, true)),
    );
  }

  #changed(folder: string, name: string | Buffer | null): void {
    if (name === null) {
      this.#onChange(folder);
      return;
    }
    const path = join(folder, name.toString());
    // A folder created or moved in is watched with what it holds; one removed or moved away, no longer.
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (stats?.isDirectory()) {
      if (!name.toString().startsWith('.')) void this.#watchTree(path, stats.ino);
    } else if (this.#watchers.has(path)) this.#unwatchTree(path);
    this.#onChange(path);
  }

  #unwatchTree(path: string): void {
    for (const watched of [...this.#watchers.keys()]) {
      if (watched === path || watched.startsWith(`${path}${sep}`)) this.#unwatch(watched);
    }
  }

  #unwatch(folder: string): void {
    this.#watchers.get(folder)?.watcher.close();
    this.#watchers.delete(folder);
  }
}
