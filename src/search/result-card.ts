/**
 * A search result as a card, drawn by the catalogue's script in the browser
 * the way PracticeCard.astro renders one in the build: the practice's
 * picture (or the placeholder naming its first theme), title, language note,
 * summary or excerpt, place, and its first themes with "+n more". Same
 * elements and classes, so the two share their styles and their height, and
 * the drawn results take the static list's place without a shift.
 */
import { CARD_THEMES } from '../domain/card.ts';
import { formatPlural, type PluralForms } from '../i18n/plural.ts';
import { element, fill } from './dom.ts';

/** What Pagefind returns for a practice page (its meta: src/components/SearchData.astro). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface ResultCardContext {
  lang: string;
  strings: { inLanguage: string; moreThemes: PluralForms };
}

/** A list's labels as the index records them: "Mobility · Safety". */
const LABEL_SEPARATOR = ' · ';

export function resultCard(
  result: PagefindResultData,
  context: ResultCardContext,
  withExcerpt: boolean,
): HTMLLIElement {
  const { meta } = result;
  const themes = meta.themes ? meta.themes.split(LABEL_SEPARATOR) : [];
  const li = element('li', { class: 'card', 'data-result': meta.practice ?? '' });
  li.append(picture(meta.picture, themes[0]));

  const body = element('div', { class: 'card__body' });
  const textLang = meta.textlang || context.lang;
  const heading = element('h3', { class: 'card__title', lang: textLang });
  heading.append(element('a', { href: result.url }, meta.title ?? result.url));
  body.append(heading);
  if (textLang !== context.lang && meta.textlangname) {
    body.append(
      element('p', { class: 'card__language' }, fill(context.strings.inLanguage, { language: meta.textlangname })),
    );
  }
  const summary = element('p', { class: 'card__summary', lang: textLang });
  if (withExcerpt && result.excerpt) {
    // Pagefind escapes the page text before adding <mark>, so the excerpt is safe as HTML.
    summary.innerHTML = result.excerpt;
  } else {
    summary.textContent = meta.summary ?? '';
  }
  // The place line is there even when empty: it keeps the themes at the card's bottom, as on static cards.
  body.append(summary, element('p', { class: 'card__place' }, meta.place ?? ''));
  const terms = element('ul', { class: 'terms' });
  for (const theme of themes.slice(0, CARD_THEMES)) terms.append(element('li', {}, theme));
  const more = themes.length - CARD_THEMES;
  if (more > 0)
    terms.append(element('li', { class: 'terms__more' }, formatPlural(context.strings.moreThemes, context.lang, more)));
  body.append(terms);
  li.append(body);
  return li;
}

/**
 * The picture the build published for the practice, at the size the static card gives it (its box is
 * set before it loads: no shift), loaded when scrolled to; only from this site.
 */
function picture(src: string | undefined, theme: string | undefined): HTMLElement {
  if (src && isOwnFile(src)) {
    return element('img', {
      class: 'visual',
      src,
      alt: '',
      width: '640',
      height: '280',
      decoding: 'async',
      loading: 'lazy',
    });
  }
  return element('div', { class: 'visual visual--placeholder', 'aria-hidden': 'true' }, theme ?? '');
}

function isOwnFile(src: string): boolean {
  try {
    return new URL(src, location.href).origin === location.origin;
  } catch {
    return false;
  }
}
