/**
 * The items of a language's feed of new and updated practices: newest
 * change first, dated by the last change of the practice's files in git,
 * else by its last review (the date an editor vouches for).
 */
import type { Catalogue, PracticeRecord } from '../catalogue/model.ts';
import { localizePractice } from '../domain/localize.ts';
import { termLabel } from '../domain/names.ts';
import type { Lang } from '../i18n/languages.ts';
import { practiceUrl, type PublishContext } from './context.ts';
import { practiceFiles } from './practice-records.ts';

export { feedPath } from './routes.ts';

export interface FeedItem {
  id: string;
  title: string;
  /** Language the title and summary are written in. */
  textLang: Lang;
  description: string;
  link: string;
  date: Date;
  categories: string[];
  author: string;
}

/** When a practice last changed: git, else its last review (midnight UTC). */
export function practiceUpdated(practice: PracticeRecord, context: PublishContext): Date {
  return context.changedAt(practiceFiles(practice)) ?? new Date(`${practice.facts.lastReviewed}T00:00:00Z`);
}

export function feedItems(
  catalogue: Pick<Catalogue, 'practices' | 'taxonomies'>,
  lang: Lang,
  context: PublishContext,
  limit = 50,
): FeedItem[] {
  return catalogue.practices
    .map((practice) => {
      const { text, textLang } = localizePractice(practice, lang);
      return {
        id: practice.id,
        title: text.title,
        textLang,
        description: text.summary,
        link: practiceUrl(context, lang, practice.id),
        date: practiceUpdated(practice, context),
        categories: practice.facts.themes.map((id) => termLabel(catalogue.taxonomies, 'themes', id, lang)),
        author: practice.facts.promoter.name,
      };
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id))
    .slice(0, limit);
}
