/**
 * What a practice card shows, read in the browser the same way from the
 * static cards the build writes and from the cards the catalogue's script
 * draws, so that tests can compare them.
 */
import type { Page } from 'playwright-core';

/** Each card's practice, picture (its address, or "placeholder" with its text) and the picture's shape. */
export function cardsIn(page: Page, selector: string) {
  return page.locator(selector).evaluateAll(async (cards) => {
    const all = [];
    for (const card of cards) {
      const visual = card.querySelector<HTMLElement>('.visual')!;
      const img = visual instanceof HTMLImageElement ? visual : null;
      if (img) {
        img.loading = 'eager';
        await img.decode().catch(() => null);
      }
      const box = visual.getBoundingClientRect();
      all.push({
        id: card.getAttribute('data-practice') ?? card.getAttribute('data-result'),
        visual: img ? img.src : 'placeholder',
        text: visual.textContent?.trim() ?? '',
        loaded: img ? img.naturalWidth > 0 : false,
        // Its shape: the static list without JavaScript is a column wider than the results beside the facets.
        shape: Math.round((box.width / box.height) * 10) / 10,
        title: card.querySelector('.card__title')?.textContent?.trim(),
        language: card.querySelector('.card__language')?.textContent?.trim(),
        summary: card.querySelector('.card__summary')?.textContent?.trim(),
        themes: [...card.querySelectorAll('.terms li')].map((li) => li.textContent?.trim()),
        place: card.querySelector('.card__place')?.textContent?.trim(),
      });
    }
    return all;
  });
}
