/**
 * Reads a network's configuration file (site.yaml): the schema's checks,
 * then what only the file system can tell (the logo is a file inside the
 * folder of site.yaml, not reached through a link out of it, and is a PNG or
 * an SVG within the safe subset of svg-logo.ts). The build runs this first,
 * so a wrong key, a bad base path or an unknown language is reported before
 * anything is built.
 */
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { siteSchema, toSiteSettings, type SiteSettings } from '../schemas/site.ts';
import type { ContentIssue } from './issues.ts';
import { loadYamlFile } from './load-yaml-file.ts';
import { Locations } from './locations.ts';
import { say } from './messages/index.ts';
import { svgLogoProblem, type SvgProblem } from './svg-logo.ts';

export interface SiteConfigSource {
  /** Path of site.yaml on disk. */
  path: string;
  /** The same path as messages show it (relative to the project, forward slashes). */
  label: string;
}

/** The file and its label, for a path given on the command line or the default one in the content folder. */
export function siteConfigSource(path: string, projectRoot = '.'): SiteConfigSource {
  const absolute = resolve(path);
  return { path: absolute, label: relative(resolve(projectRoot), absolute).split(sep).join('/') || absolute };
}

export function loadSiteConfig(
  source: SiteConfigSource,
  issues: ContentIssue[],
  locations = new Locations(),
): SiteSettings | undefined {
  const file = loadYamlFile(source.path, source.label, siteSchema, issues, locations, {
    message: say.siteFileMissing(),
    suggestion: say.siteFileMissingFix({ file: source.label }),
  });
  if (!file) return undefined;
  const folder = dirname(source.path);
  const before = issues.length;
  let logoPath: string | undefined;
  if (file.logo) {
    logoPath = resolve(folder, file.logo.file);
    const problem = logoProblem(logoPath, file.logo.file, folder);
    if (problem)
      issues.push({
        file: source.label,
        line: locations.lineOf(source.label, ['logo', 'file']),
        field: 'logo.file',
        ...problem,
      });
  }
  // The favicon is only ever rasterized (scripts/lib/offline-files.ts), never served as written.
  let faviconPath: string | undefined;
  if (file.favicon) {
    faviconPath = resolve(folder, file.favicon);
    const problem = imageProblem(faviconPath, file.favicon, folder, FAVICON_MESSAGES);
    if (problem)
      issues.push({
        file: source.label,
        line: locations.lineOf(source.label, ['favicon']),
        field: 'favicon',
        ...problem,
      });
  }
  if (issues.length > before) return undefined;
  return toSiteSettings(file, logoPath, faviconPath);
}

const LOGO_MESSAGES = {
  notFound: say.logoNotFound,
  notFoundFix: say.logoNotFoundFix,
  unreadable: say.logoUnreadable,
  unreadableFix: say.logoUnreadableFix,
  outside: say.logoOutside,
};
const FAVICON_MESSAGES = {
  notFound: say.faviconNotFound,
  notFoundFix: say.faviconNotFoundFix,
  unreadable: say.faviconUnreadable,
  unreadableFix: say.faviconUnreadableFix,
  outside: say.faviconOutside,
};

const isInside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);

/**
 * The first symbolic link on the way from the settings' folder to the logo
 * that leads outside that folder, as written (e.g. "images" or "images/logo.svg").
 */
function linkOutside(folder: string, written: string): string | undefined {
  const root = realpathSync(folder);
  const parts = written.split('/').filter((part) => part && part !== '.');
  for (let i = 1; i <= parts.length; i++) {
    const step = join(folder, ...parts.slice(0, i));
    if (!lstatSync(step, { throwIfNoEntry: false })?.isSymbolicLink()) continue;
    const target = realpathSync(step);
    if (!isInside(target, root)) return parts.slice(0, i).join('/');
  }
  return undefined;
}

function svgMessage(file: string, problem: SvgProblem): string {
  switch (problem.kind) {
    case 'not-xml':
      return say.logoSvgNotXml({ file, line: problem.line });
    case 'declaration':
      return say.logoSvgDeclaration({ file, line: problem.line });
    case 'element':
      return say.logoSvgElement({ file, line: problem.line, name: problem.name });
    case 'attribute':
      return say.logoSvgAttribute({ file, line: problem.line, name: problem.name, element: problem.element });
    case 'reference':
      return say.logoSvgReference({ file, line: problem.line, name: problem.name, element: problem.element });
  }
}

/** A PNG or SVG file inside the settings' folder, as its extension says. */
function imageProblem(
  path: string,
  written: string,
  folder: string,
  messages: typeof LOGO_MESSAGES,
): { message: string; suggestion: string } | undefined {
  if (!existsSync(path) || !statSync(path).isFile()) {
    return { message: messages.notFound({ file: written }), suggestion: messages.notFoundFix({ path }) };
  }
  const link = linkOutside(folder, written);
  if (link) return { message: messages.outside({ file: written, link }), suggestion: say.logoOutsideFix() };
  const head = readFileSync(path).subarray(0, 1024);
  const isPng = head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const isSvg = /<svg[\s>]/i.test(head.toString('utf8'));
  if (written.toLowerCase().endsWith('.png') ? !isPng : !isSvg) {
    return {
      message: messages.unreadable({ file: written, format: written.split('.').pop()?.toUpperCase() ?? '' }),
      suggestion: messages.unreadableFix(),
    };
  }
  return undefined;
}

function logoProblem(
  path: string,
  written: string,
  folder: string,
): { message: string; suggestion: string } | undefined {
  const problem = imageProblem(path, written, folder, LOGO_MESSAGES);
  if (problem) return problem;
  const unsafe = written.toLowerCase().endsWith('.svg') ? svgLogoProblem(readFileSync(path, 'utf8')) : undefined;
  if (unsafe) return { message: svgMessage(written, unsafe), suggestion: say.logoSvgFix() };
  return undefined;
}
