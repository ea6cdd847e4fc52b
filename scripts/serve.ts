/**
 * A static server for the built site on 127.0.0.1, used by `npm start` and
 * by the browser tests. It serves the site under its base path and answers
 * unknown addresses with the 404 page of their language, as hosts are told
 * to in docs/hosting.md.
 *
 *   node scripts/serve.ts [--dir dist] [--base /] [--port 4321]
 */
import { option } from './lib/args.ts';
import { listenOnFreePort, PORTS_TRIED } from './lib/free-port.ts';
import { chooseMessageLanguage } from '../src/catalogue/messages/choose-language.ts';
import { say, setMessageLanguage } from '../src/catalogue/messages/index.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { securityHeaders } from '../src/hosting/security-headers.ts';
import { siteHeaderPolicy } from '../src/hosting/hosting-files.ts';

export interface ServeOptions {
  dir: string;
  base?: string;
  port?: number;
  host?: string;
}

export function startServer({
  dir,
  base = '/',
  port = 4321,
  host = '127.0.0.1',
}: ServeOptions): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  // sirv lists the files and their sizes once; a build swaps a new folder in
  // under the same name, so the listing and the policy follow the folder.
  let served: { folder: number; files: ReturnType<typeof sirv>; headers: [string, string][] } | undefined;
  const current = () => {
    const folder = statSync(root, { throwIfNoEntry: false })?.ino ?? -1;
    if (served?.folder !== folder) {
      served = {
        folder,
        files: sirv(root, { dev: false, etag: true, extensions: ['html'], dotfiles: false }),
        headers: Object.entries(securityHeaders(headerPolicy(root))),
      };
    }
    return served;
  };
  const notFound = (pathname: string): Buffer | undefined => {
    const lang = /^(fr|en|es)\//.exec(pathname)?.[1];
    for (const candidate of [lang && join(root, lang, '404', 'index.html'), join(root, '404.html')]) {
      if (candidate && existsSync(candidate)) return readFileSync(candidate);
    }
    return undefined;
  };
  const server = createServer((req, res) => {
    const { files, headers } = current();
    for (const [name, value] of headers) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(prefix) && `${url.pathname}/` !== prefix) {
      res
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`Not found: the site is served under ${prefix}`);
      return;
    }
    const inner = url.pathname.slice(prefix.length - 1) || '/';
    req.url = inner + url.search;
    files(req, res, () => {
      const page = notFound(inner.replace(/^\//, ''));
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page ?? 'Not found');
    });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      done({ server, url: `http://${host}:${actualPort}${prefix}` });
    });
  });
}

/**
 * The site's header policy; a folder whose pages carry none (not a Practice
 * Atlas build, e.g. the bare Astro site of the benchmark) is served under the
 * strictest one, so nothing it holds runs a script from its own files.
 */
function headerPolicy(root: string): string {
  try {
    return siteHeaderPolicy(root);
  } catch {
    return "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Messages in the editor's language (--lang, ATLAS_LANG or the system's), as npm run check.
  setMessageLanguage(chooseMessageLanguage(process.argv.slice(2), process.env).lang);
  const asked = Number(option('port', process.env.PORT ?? '4321'));
  const dir = option('dir', process.env.ATLAS_OUT_DIR ?? 'dist');
  const base = option('base', process.env.ATLAS_BASE_PATH ?? '/');
  // Before any build there is nothing to serve: said in words, not with a stack trace.
  if (!existsSync(join(resolve(dir), 'index.html'))) {
    console.error(say.serveNoSite({ dir }));
    process.exit(1);
  }
  const attempt = await listenOnFreePort(asked, (port) => startServer({ dir, base, port }));
  if (!('started' in attempt)) {
    console.error(say.serveNoFreePort({ from: String(asked), to: String(asked + PORTS_TRIED - 1) }));
    process.exit(1);
  }
  if (attempt.busy.length > 0) console.log(say.servePortBusy({ port: String(asked), used: String(attempt.port) }));
  console.log(say.serveReady({ url: attempt.started.url }));
}
