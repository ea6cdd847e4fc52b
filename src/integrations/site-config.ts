/**
 * Applies the network's configuration file (site.yaml) to the Astro build:
 * its colours as a stylesheet bundled with the others (the virtual module
 * `virtual:atlas/theme.css`), its Content-Security-Policy, and its logo
 * copied into the site. The build script has checked the file already; a
 * direct `astro build` or `astro dev` checks it here and stops with the
 * same report.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { formatIssueReport, type ContentIssue } from '../catalogue/issues.ts';
import { loadSiteConfig, siteConfigSource } from '../catalogue/load-site-config.ts';
import { SCRIPT_SOURCES, siteDirectives, STYLE_SOURCES } from '../hosting/csp.ts';
import { firstPaintScriptHash } from '../search/first-paint.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { themeCss } from '../styles/theme.ts';
import { withBase } from '../i18n/paths.ts';

const THEME_MODULE = 'virtual:atlas/theme.css';
// Vite's convention for virtual modules; the .css ending makes it go through the CSS pipeline.
const RESOLVED_THEME = `\0${THEME_MODULE}`;

/** The configuration file the build uses: ATLAS_SITE_CONFIG (set by scripts/build.ts), else <content>/site.yaml. */
export function siteConfigPath(root: string): string {
  return process.env.ATLAS_SITE_CONFIG ?? join(process.env.ATLAS_CONTENT_DIR ?? join(root, 'content'), 'site.yaml');
}

export function readSiteSettings(root: string): SiteSettings {
  const issues: ContentIssue[] = [];
  const settings = loadSiteConfig(siteConfigSource(siteConfigPath(root), root), issues);
  if (!settings)
    throw new Error(`The site configuration has problems; nothing was built.\n${formatIssueReport(issues)}`);
  return settings;
}

export function siteConfig(): AstroIntegration {
  let settings: SiteSettings | undefined;
  let base = '/';
  return {
    name: 'practice-atlas:site-config',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const loaded = readSiteSettings(root);
        settings = loaded;
        base = config.base;
        let colours = loaded.colours;
        updateConfig({
          security: {
            csp: {
              algorithm: 'SHA-256',
              directives: siteDirectives(loaded) as never,
              scriptDirective: { resources: SCRIPT_SOURCES, hashes: [firstPaintScriptHash() as `sha256-${string}`] },
              styleDirective: { resources: STYLE_SOURCES },
            },
          },
          vite: {
            plugins: [
              {
                name: 'practice-atlas:theme',
                resolveId: (id: string) => (id === THEME_MODULE ? RESOLVED_THEME : undefined),
                load: (id: string) => (id === RESOLVED_THEME ? themeCss(colours) : undefined),
                // astro dev: new colours in site.yaml recolour the open pages (a file with a problem keeps the last colours;
                // the page lists the problem). Given to Vite as a change of the theme module, Astro updates the styles it inlines.
                hotUpdate({ file, modules }) {
                  if (file !== siteConfigPath(root)) return undefined;
                  const again = loadSiteConfig(siteConfigSource(file, root), []);
                  if (again) colours = again.colours;
                  const theme = this.environment.moduleGraph.getModuleById(RESOLVED_THEME);
                  return theme ? [...modules, theme] : undefined;
                },
              } satisfies Plugin,
            ],
          },
        });
      },
      // astro dev: the logo at the address the build copies it to.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const logo = settings?.logo;
          const path = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!logo || path !== withBase(base, logo.published)) return next();
          response.setHeader('Content-Type', logo.published.endsWith('.svg') ? 'image/svg+xml' : 'image/png');
          response.end(readFileSync(logo.source));
        });
      },
      'astro:build:done': ({ dir }) => {
        if (settings?.logo) copyFileSync(settings.logo.source, join(fileURLToPath(dir), settings.logo.published));
      },
    },
  };
}
