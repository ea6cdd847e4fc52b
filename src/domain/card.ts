/**
 * What a practice's card shows, the same whether the page was rendered by
 * the build (PracticeCard.astro) or the catalogue's script drew it from a
 * search result (src/search/result-card.ts).
 */

/** Themes shown on a card; the rest are on the practice's page, counted as "+2 more themes". */
export const CARD_THEMES = 3;
