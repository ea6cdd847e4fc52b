/**
 * /<lang>/feed.xml: RSS 2.0 feed of new and updated practices in one
 * language (@astrojs/rss), newest change first, with absolute links.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { isLang } from '../../i18n/languages.ts';
import { languagePaths } from '../../site/languages.ts';
import { localizedPath, routes } from '../../i18n/paths.ts';
import { useTranslations } from '../../i18n/t.ts';
import { absoluteUrl } from '../../publish/context.ts';
import { feedItems } from '../../publish/feed.ts';
import { feedPath } from '../../publish/routes.ts';
import { publishContext } from '../../publish/site-context.ts';
import { getCatalogue } from '../../site/catalogue-data.ts';

export const getStaticPaths = languagePaths satisfies GetStaticPaths;

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export const GET: APIRoute = async ({ params }) => {
  if (!isLang(params.lang)) throw new Error(`Unknown language "${params.lang}" for the feed.`);
  const lang = params.lang;
  const t = useTranslations(lang);
  const catalogue = await getCatalogue();
  const context = publishContext(catalogue.site);
  const items = feedItems(catalogue, lang, context);
  const self = absoluteUrl(context, feedPath(lang));
  const newest = items[0]?.date ?? new Date();
  return rss({
    title: t('publish.feed.title', { site: catalogue.site.name[lang] }),
    description: t('publish.feed.description'),
    site: absoluteUrl(context, localizedPath(context.base, lang, routes.home())),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${lang}</language>`,
      `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: items.map((item) => ({
      title: item.title,
      link: item.link,
      description: item.description,
      pubDate: item.date,
      categories: item.categories,
    })),
  });
};
