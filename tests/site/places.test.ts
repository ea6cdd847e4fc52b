/**
 * Issue #16 point 4, as a visitor checks it on the built site: "which
 * Togolese communes have a women's centre" (the role of each place on the
 * practice page, the city pages and the map's pop-ups) and "what is done in
 * Luxembourg" (a city page lists its country's national practice apart, and
 * never says that no practice concerns it), in fr, en and es, at 390 and 1280 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { describeViolations, DESKTOP, LANGUAGES, PHONE, runAxe, siteUrl, useBrowser, type Lang } from './browser.ts';
import { expectedHeading, normalizeSpace, readEntry, termLabel } from './content.ts';
import { interpolate, UI_STRINGS, type UiKey } from '../../src/i18n/t.ts';

const { newPage } = useBrowser();

const NATIONAL = 'egalite-dans-les-communes';
const OGOU = 'centre-promotion-feminine-ogou-1';
const cityName = (id: string, lang: Lang) => expectedHeading(readEntry('cities', id), lang).text;
/** An interface string of the site (every feature's file merged), filled in. */
const say = (lang: Lang, key: UiKey, params: Record<string, string> = {}) =>
  interpolate(UI_STRINGS[lang][key]!, params);
/** A role's label as it reads after a name ("partner"). */
const roleWord = (id: string, lang: Lang) => {
  const label = termLabel('place-roles', id, lang);
  return label.charAt(0).toLocaleLowerCase(lang) + label.slice(1);
};
const textOf = async (page: Page, selector: string) => normalizeSpace((await page.textContent(selector)) ?? '');

describe.each(LANGUAGES)('in %s', (lang) => {
  describe.each([
    ['1280 px', DESKTOP],
    ['390 px', PHONE],
  ] as const)('at %s', (_width, viewport) => {
    test('a city page lists its country’s national practice apart and says what that list is', async () => {
      const { page, thirdParty } = await newPage(viewport);
      await page.goto(siteUrl(`/${lang}/cities/luxembourg/`));
      const city = cityName('luxembourg', lang);
      const named = await textOf(page, '[data-city-practices]');
      expect(named).not.toContain(say(lang, 'city.noPractices'));
      expect(named).toContain(say(lang, 'places.noneNamingButAround', { city }));
      expect(await page.locator('[data-city-practices] [data-practice]').count()).toBe(0);

      const around = page.locator('[data-city-around]');
      expect(await around.locator('h2').textContent()).toBe(say(lang, 'places.aroundHeading'));
      const intro = normalizeSpace((await around.locator('p').first().textContent()) ?? '');
      const country = await textOf(page, '[data-field="country"]');
      expect(intro).toBe(say(lang, 'places.aroundIntroNational', { city, country }));
      const card = around.locator(`[data-practice="${NATIONAL}"]`);
      expect(await card.count()).toBe(1);
      expect(normalizeSpace((await card.locator('.card__note').textContent()) ?? '')).toContain(
        termLabel('scales', 'national', lang),
      );
      expect(await card.locator(`a[href$="/${lang}/practices/${NATIONAL}/"]`).count()).toBe(1);
      // The section sits after the practices naming the city and is visible, not only in the DOM.
      const [namedBox, aroundBox] = await Promise.all([
        page.locator('[data-city-practices]').boundingBox(),
        around.boundingBox(),
      ]);
      expect(aroundBox!.y).toBeGreaterThan(namedBox!.y);
      expect(aroundBox!.width).toBeGreaterThan(300);
      expect(thirdParty).toEqual([]);
      expect(describeViolations(await runAxe(page))).toEqual([]);
    });

    test('a partner commune’s page gives its role; the practice page names every place’s role', async () => {
      const { page } = await newPage(viewport);
      await page.goto(siteUrl(`/${lang}/cities/zio-1/`));
      const zio = cityName('zio-1', lang);
      const card = page.locator(`[data-city-practices] [data-practice="${OGOU}"]`);
      expect(normalizeSpace((await card.locator('.card__note').textContent()) ?? '')).toBe(
        say(lang, 'places.roleHere', { city: zio, roles: roleWord('partner', lang) }),
      );
      // Every Togolese commune of the sample is named by the practice: nothing to list apart.
      expect(await page.locator('[data-city-around]').count()).toBe(0);

      await page.goto(siteUrl(`/${lang}/practices/${OGOU}/`));
      const roles = await page.$$eval('[data-place-role]', (spans) =>
        spans.map((span) => [span.previousElementSibling?.getAttribute('href'), span.textContent!.trim()]),
      );
      expect(roles).toHaveLength(5);
      expect(roles[0]![0]).toMatch(new RegExp(`/${lang}/cities/ogou-1/$`));
      expect(roles[0]![1]).toContain(roleWord('lead', lang));
      expect(roles[0]![1]).toContain(roleWord('location', lang));
      for (const [href, role] of roles.slice(1)) {
        expect(href).not.toMatch(/ogou-1/);
        expect(role).toBe(`— ${roleWord('partner', lang)}`);
      }
      expect(describeViolations(await runAxe(page))).toEqual([]);
    });
  });

  test('the catalogue’s cards, drawn from the search index, give each place’s role', async () => {
    const { page } = await newPage(DESKTOP);
    await page.goto(siteUrl(`/${lang}/practices/`));
    const card = page.locator('.card:visible', { hasText: expectedHeading(readEntry('practices', OGOU), lang).text });
    await card.first().waitFor();
    const text = normalizeSpace(await card.first().innerText());
    expect(text).toContain(`${cityName('zio-1', lang)} — ${roleWord('partner', lang)}`);
    expect(text).toContain(`${cityName('ogou-1', lang)} — ${roleWord('location', lang)}`);
  });

  test('the map’s pop-up gives the role of the place', async () => {
    const { page, thirdParty } = await newPage(DESKTOP);
    await page.goto(siteUrl(`/${lang}/map/?country=ES`));
    await page.waitForSelector('[data-map-canvas][data-ready]', { timeout: 20_000 });
    await page.locator('.map-marker--city').click();
    const popup = page.locator('.leaflet-popup .map-popup');
    await popup.waitFor();
    expect(await popup.locator('[data-place-role]').textContent()).toBe(
      say(lang, 'places.roleLabel', { roles: roleWord('headquarters', lang) }),
    );
    expect(thirdParty).toEqual([]);
  });
});

test('on the map of Togo, Zio 1’s pop-up says it is a partner, Ogou 1’s that it hosts and leads', async () => {
  const { page } = await newPage(DESKTOP);
  await page.goto(siteUrl('/fr/map/?country=TG'));
  await page.waitForSelector('[data-map-canvas][data-ready]', { timeout: 20_000 });
  const rolesAt = async (name: string) => {
    const marker = page.locator(`.map-marker--city[aria-label^="${name}"]`);
    // Clusters open one zoom step at a time, whatever their labels say.
    for (let step = 0; step < 8 && (await marker.count()) === 0; step++) {
      await page.locator('.map-cluster').first().click();
      await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim'));
    }
    await marker.click();
    const popup = page.locator('.leaflet-popup .map-popup');
    await popup.waitFor();
    const role = normalizeSpace(
      (await popup.locator(`li:has(a[href$="/${OGOU}/"]) [data-place-role]`).textContent()) ?? '',
    );
    await page.locator('.leaflet-popup-close-button').click();
    return role;
  };
  expect(await rolesAt('Zio 1')).toBe(say('fr', 'places.roleLabel', { roles: roleWord('partner', 'fr') }));
  expect(await rolesAt('Ogou 1')).toBe(
    say('fr', 'places.roleLabel', { roles: `${roleWord('location', 'fr')} et ${roleWord('lead', 'fr')}` }),
  );
});
