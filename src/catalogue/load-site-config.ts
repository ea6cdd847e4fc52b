/**
 * Reads a network's configuration file (site.yaml): the schema's checks,
 * then what only the file system can tell (the logo exists and is an SVG or
 * a PNG). The build runs this first, so a wrong key, a bad base path or an
 * unknown language is reported before anything is built.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { siteSchema, toSiteSettings, type SiteSettings } from '../schemas/site.ts';
import type { ContentIssue } from './issues.ts';
import { loadYamlFile } from './load-yaml-file.ts';
import { Locations } from './locations.ts';
import { say } from './messages/index.ts';

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

export function loadSiteConfig(source: SiteConfigSource, issues: ContentIssue[], locations = new Locations()): SiteSettings | undefined {
  const file = loadYamlFile(source.path, source.label, siteSchema, issues, locations, {
    message: say.siteFileMissing(),
    suggestion: say.siteFileMissingFix({ file: source.label }),
  });
  if (!file) return undefined;
  const beside = (written: string) => resolve(dirname(source.path), written);
  const before = issues.length;
  let logoPath: string | undefined;
  if (file.logo) {
    logoPath = beside(file.logo.file);
    const problem = imageProblem(logoPath, file.logo.file, LOGO_MESSAGES);
    if (problem) issues.push({ file: source.label, line: locations.lineOf(source.label, ['logo', 'file']), field: 'logo.file', ...problem });
  }
  let faviconPath: string | undefined;
  if (file.favicon) {
    faviconPath = beside(file.favicon);
    const problem = imageProblem(faviconPath, file.favicon, FAVICON_MESSAGES);
    if (problem) issues.push({ file: source.label, line: locations.lineOf(source.label, ['favicon']), field: 'favicon', ...problem });
  }
  if (issues.length > before) return undefined;
  return toSiteSettings(file, logoPath, faviconPath);
}

const LOGO_MESSAGES = { notFound: say.logoNotFound, notFoundFix: say.logoNotFoundFix, unreadable: say.logoUnreadable, unreadableFix: say.logoUnreadableFix };
const FAVICON_MESSAGES = { notFound: say.faviconNotFound, notFoundFix: say.faviconNotFoundFix, unreadable: say.faviconUnreadable, unreadableFix: say.faviconUnreadableFix };

function imageProblem(path: string, written: string, messages: typeof LOGO_MESSAGES): { message: string; suggestion: string } | undefined {
  if (!existsSync(path) || !statSync(path).isFile()) {
    return { message: messages.notFound({ file: written }), suggestion: messages.notFoundFix({ path }) };
  }
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
