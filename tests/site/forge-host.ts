/**
 * A test host that behaves like a forge's pages (GitHub Pages): every
 * response, pages included, says `Cache-Control: max-age=600`, so browsers
 * keep each file for 10 minutes without asking; ETags answer conditional
 * requests with 304; unknown addresses get the site's root 404.html. A
 * deploy swaps the served folder at the same address, as a forge does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

export const FORGE_MAX_AGE = 600;

export interface ForgeHost {
  /** Address of the site, ending in its base path. */
  url: string;
  /** Serves another build from now on, at the same address. */
  deploy(dir: string): void;
  /** The network cut: refuses every connection from now on. */
  stop(): Promise<void>;
}

export async function startForgeHost(dir: string, base: string): Promise<ForgeHost> {
  let root = resolve(dir);
  let files = sirv(root, { dev: false, etag: true, maxAge: FORGE_MAX_AGE, extensions: ['html'], dotfiles: false });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    req.url = url.pathname.slice(base.length - 1) + url.search;
    files(req, res, () => {
      const page = join(root, '404.html');
      res
        .writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': `max-age=${FORGE_MAX_AGE}` })
        .end(existsSync(page) ? readFileSync(page) : 'Not found');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    deploy(next) {
      root = resolve(next);
      files = sirv(root, { dev: false, etag: true, maxAge: FORGE_MAX_AGE, extensions: ['html'], dotfiles: false });
    },
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
