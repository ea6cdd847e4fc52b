/**
 * Apache's configuration of a built site: the `.htaccess` the build writes
 * at the root of the site's folder (hosting-files.ts), from the same record
 * as the nginx server block. Apache reads it in place when the folder
 * allows it (`AllowOverride All`), with mod_mime, mod_dir and mod_headers.
 */
import { SITE_CONTENT_TYPES, UTF8_TEXT_TYPES } from './content-types.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import type { HostingSettings } from './hosting-files.ts';

/** Apache's double-quoted argument: the policy holds single quotes only. */
const quoted = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;
/** A base path inside a `m#…#` regular expression of an <If>. */
const inRegex = (path: string) => path.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&');

export function apacheHtaccess(site: HostingSettings): string {
  const base = site.basePath;
  const types = Object.entries(SITE_CONTENT_TYPES).map(([extension, type]) => `AddType ${type} .${extension}`);
  const utf8 = Object.entries(SITE_CONTENT_TYPES)
    .filter(([, type]) => UTF8_TEXT_TYPES.includes(type))
    .map(([extension]) => `.${extension}`);
  const localized = site.languages.map(
    (lang) =>
      `<If "%{REQUEST_URI} =~ m#^${inRegex(base)}${lang}/#">\n    ErrorDocument 404 ${base}${lang}/404/index.html\n</If>`,
  );
  return `# Written by npm run build for this site (base path ${base}, languages ${site.languages.join(', ')}).
# Apache reads it from the site's folder (AllowOverride All); build again
# rather than edit it. See docs/hosting.md.
DirectoryIndex index.html

# Every type the site uses, text in UTF-8; Pagefind's index files are bytes.
${types.join('\n')}
AddType application/octet-stream .pagefind .pf_meta .pf_index .pf_fragment .pf_filter
AddCharset utf-8 ${utf8.join(' ')}

# Unknown addresses: the 404 page of their language, else the root one.
ErrorDocument 404 ${base}404.html
${localized.join('\n')}

# The build's configuration files are not for visitors.
<FilesMatch "^\\.">
    Require all denied
</FilesMatch>

<IfModule mod_headers.c>
    Header always set Content-Security-Policy ${quoted(site.csp)}
${Object.entries(SECURITY_HEADERS)
  .map(([name, value]) => `    Header always set ${name} ${quoted(value)}`)
  .join('\n')}
    # Pages, sw.js, the manifests, Pagefind's entry files: revalidated on every visit;
    # _astro/ is hashed by the build: a new build has new names.
    Header always set Cache-Control "no-cache"
    <If "%{REQUEST_URI} =~ m#^${inRegex(base)}_astro/#">
        Header always set Cache-Control "public, max-age=31536000, immutable"
    </If>
</IfModule>
`;
}
