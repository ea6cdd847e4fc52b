/**
 * The catalogue's search and facets, in the browser. It enhances the static
 * list (which keeps working without JavaScript): Pagefind's JS API finds the
 * practices, this script only keeps the state in the URL and draws the
 * results, the facet counts and the announcements.
 */
import { formatPlural, type PluralForms } from '../i18n/plural.ts';
import { carryStateToLanguageLinks } from '../i18n/language-links.ts';
import { countPractices } from './practice-counts.ts';
import { findPractices } from './find-practices.ts';
import { attachDownloads } from '../publish/filtered-download.ts';
import { element, fill } from './dom.ts';
import { resultCard, type PagefindResultData } from './result-card.ts';
import {
  hasCriteria,
  parseState,
  serializeState,
  toggleValue,
  toPagefindFilters,
  toPagefindSort,
  type KnownValues,
  type SearchState,
  type Sort,
} from './search-state.ts';

export interface SearchConfig {
  lang: string;
  base: string;
  languages: string[];
  pageSize: number;
  facets: { key: string; label: string; values: Record<string, string> }[];
  strings: {
    count: PluralForms;
    none: string;
    more: string;
    error: string;
    moreValues: string;
    fewerValues: string;
    inLanguage: string;
    moreThemes: PluralForms;
  };
}

interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
}

const VISIBLE_VALUES = 8;

export async function startCatalogueSearch(root: HTMLElement): Promise<void> {
  // Tells the first-paint script (src/search/first-paint.ts) that the search is on its way.
  root.setAttribute('data-search-started', '');
  const config = JSON.parse(root.querySelector('script[type="application/json"]')!.textContent!) as SearchConfig;
  const form = root.querySelector<HTMLFormElement>('form[role="search"]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const allLanguages = form.querySelector<HTMLInputElement>('input[name="all"]')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const facetsBox = root.querySelector<HTMLElement>('[data-facets]')!;
  const clearButton = root.querySelector<HTMLButtonElement>('[data-clear]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const moreButton = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const staticList = document.querySelector<HTMLElement>('[data-static-list]');
  // "Show on the map" carries the search: the map reads the same URL state.
  const mapLink = root.querySelector<HTMLAnchorElement>('[data-map-link]');
  const mapPath = mapLink?.getAttribute('href') ?? '';

  const known: KnownValues = Object.fromEntries(config.facets.map((f) => [f.key, new Set(Object.keys(f.values))]));
  let state: SearchState = parseState(location.search, known);
  let shown = 0;
  let current: PagefindSearch | null = null;
  let generation = 0;
  const expanded = new Set<string>();

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${config.base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: config.base, excerptLength: 24 });
    if (state.allLanguages) {
      // The same bundle, other languages. Pagefind skips a merge whose path looks like its own
      // bundle's, so the bundle is named by its absolute URL.
      const bundle = new URL(`${config.base}pagefind/`, location.href).href;
      for (const language of config.languages.filter((l) => l !== config.lang)) {
        await pagefind.mergeIndex(bundle, { language, baseUrl: config.base });
      }
    }
    await pagefind.filters();
  } catch {
    status.textContent = config.strings.error;
    // The full list below still works: it replaces the loading state.
    document.documentElement.removeAttribute('data-search-pending');
    return;
  }
  // "Download these results" sits beside the results and exports exactly the practices they list.
  const downloads = attachDownloads(
    document.querySelector<HTMLElement>('[data-download]'),
    root.querySelector<HTMLElement>('[data-download-slot]'),
  );
  const resultIds = (search: PagefindSearch) => () =>
    Promise.all(search.results.map((r) => r.data())).then((all) =>
      all.map((d) => d.meta.practice ?? '').filter(Boolean),
    );
  // Facets open beside the results on wide screens; on a phone they fold above them.
  // On a phone they stay folded even when the URL selects some (opening them would push the results
  // down under the visitor's eyes); the summary counts the values selected.
  const filtersBox = root.querySelector<HTMLDetailsElement>('[data-filters]');
  if (filtersBox) filtersBox.open = window.matchMedia('(min-width: 48rem)').matches;
  const activeFilters = root.querySelector<HTMLElement>('[data-active-filters]');

  // Pagefind counts pages; with every language merged a practice has one page per translation.
  const countsOf = async (search: PagefindSearch): Promise<Record<string, Record<string, number>>> => {
    if (!state.allLanguages) return search.filters;
    const data = await Promise.all(search.results.map((r) => r.data()));
    return countPractices(data.map((d) => ({ practice: d.meta.practice ?? d.url, filters: d.filters })));
  };

  const facetCounts = async (search: PagefindSearch): Promise<Record<string, Record<string, number>>> => {
    const counts: Record<string, Record<string, number>> = { ...(await countsOf(search)) };
    // A facet's own selection must not hide its alternatives: count it without itself.
    for (const key of Object.keys(state.filters)) {
      const without = await findPractices(pagefind, state.query, { filters: toPagefindFilters(state, key) });
      if (without) counts[key] = (await countsOf(without))[key] ?? {};
    }
    return counts;
  };

  const drawFacets = (counts: Record<string, Record<string, number>>) => {
    facetsBox.replaceChildren();
    for (const facet of config.facets) {
      const selected = new Set(state.filters[facet.key] ?? []);
      const values = Object.entries(facet.values)
        .map(([value, label]) => ({ value, label, count: counts[facet.key]?.[value] ?? 0 }))
        .filter((v) => v.count > 0 || selected.has(v.value))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, config.lang));
      if (values.length === 0) continue;
      const fieldset = element('fieldset', { class: 'facet', 'data-facet': facet.key });
      fieldset.append(element('legend', {}, facet.label));
      const limit = expanded.has(facet.key) ? values.length : VISIBLE_VALUES;
      const ul = element('ul');
      values.slice(0, limit).forEach((v, index) => {
        const id = `facet-${facet.key}-${index}`;
        const li = element('li');
        const box = element('input', { type: 'checkbox', id, value: v.value, 'data-facet-key': facet.key });
        box.checked = selected.has(v.value);
        const label = element('label', { for: id });
        label.append(
          document.createTextNode(`${v.label} `),
          element('span', { class: 'facet__count', 'data-count': '' }, `(${v.count})`),
        );
        li.append(box, label);
        ul.append(li);
      });
      fieldset.append(ul);
      if (values.length > VISIBLE_VALUES) {
        const toggle = element('button', {
          type: 'button',
          class: 'link-button',
          'data-expand': facet.key,
          'aria-expanded': String(expanded.has(facet.key)),
        });
        toggle.textContent = expanded.has(facet.key)
          ? config.strings.fewerValues
          : fill(config.strings.moreValues, { count: values.length - VISIBLE_VALUES });
        fieldset.append(toggle);
      }
      facetsBox.append(fieldset);
    }
    clearButton.hidden = !hasCriteria(state);
    const selected = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
    if (activeFilters) activeFilters.textContent = selected > 0 ? ` (${selected})` : '';
  };

  const drawResults = async (from: number, count: number, search: PagefindSearch, run: number) => {
    const slice = search.results.slice(from, from + count);
    const data = await Promise.all(slice.map((r) => r.data()));
    if (run !== generation) return;
    for (const result of data) list.append(resultCard(result, config, state.query.trim() !== ''));
    shown = from + slice.length;
    moreButton.hidden = shown >= search.results.length;
  };

  const uniqueByPractice = async (search: PagefindSearch): Promise<PagefindSearch> => {
    // Merged language indexes hold each practice once per language: keep the page language's copy.
    const data = await Promise.all(search.results.map(async (r) => ({ r, d: await r.data() })));
    const chosen = new Map<string, { r: PagefindSearch['results'][number]; d: PagefindResultData }>();
    for (const item of data) {
      const key = item.d.meta.practice ?? item.d.url;
      const previous = chosen.get(key);
      if (!previous || (!previous.d.url.includes(`/${config.lang}/`) && item.d.url.includes(`/${config.lang}/`)))
        chosen.set(key, item);
    }
    const kept = new Set([...chosen.values()].map((item) => item.r));
    return { ...search, results: search.results.filter((r) => kept.has(r)) };
  };

  // The URL, the map link and the language switch carry the state (the page included).
  const showState = (push: boolean) => {
    if (push) history.pushState(null, '', `${location.pathname}${serializeState(state)}`);
    if (mapLink) mapLink.href = `${mapPath}${serializeState({ ...state, page: 1 })}`;
    carryStateToLanguageLinks(serializeState(state));
  };

  const run = async (push: boolean) => {
    const runId = ++generation;
    showState(push);
    input.value = state.query;
    allLanguages.checked = state.allLanguages;
    sortSelect.value = state.sort;
    root.setAttribute('aria-busy', 'true');
    let search = await findPractices(pagefind, state.query, {
      filters: toPagefindFilters(state),
      sort: toPagefindSort(state),
    });
    if (!search || runId !== generation) return;
    if (state.allLanguages) search = await uniqueByPractice(search);
    const counts = await facetCounts(search);
    if (runId !== generation) return;
    current = search;
    downloads?.update(state, hasCriteria(state) ? resultIds(search) : undefined);
    list.replaceChildren();
    drawFacets(counts);
    // As many pages as the URL says were shown ("Show more" adds one).
    await drawResults(0, state.page * config.pageSize, search, runId);
    const total = search.results.length;
    status.textContent = total === 0 ? config.strings.none : formatPlural(config.strings.count, config.lang, total);
    // The drawn results take the static list's place (or the loading state's) in the same frame.
    if (staticList) staticList.hidden = true;
    root.setAttribute('data-ready', '');
    root.removeAttribute('aria-busy');
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const wantsAll = allLanguages.checked;
    state = { ...state, query: input.value.slice(0, 200), page: 1 };
    if (wantsAll !== state.allLanguages) {
      // Merged indexes cannot be unmerged: reload with the new state instead.
      location.assign(`${location.pathname}${serializeState({ ...state, allLanguages: wantsAll })}`);
      return;
    }
    void run(true);
  });
  allLanguages.addEventListener('change', () => form.requestSubmit());
  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value as Sort, page: 1 };
    void run(true);
  });
  facetsBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const key = box.dataset.facetKey;
    if (!key) return;
    state = toggleValue(state, key, box.value, box.checked);
    void run(true).then(() =>
      facetsBox
        .querySelector<HTMLInputElement>(`input[data-facet-key="${key}"][value="${CSS.escape(box.value)}"]`)
        ?.focus(),
    );
  });
  facetsBox.addEventListener('click', (event) => {
    const toggle = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-expand]');
    if (!toggle) return;
    const key = toggle.dataset.expand!;
    if (expanded.has(key)) expanded.delete(key);
    else expanded.add(key);
    void run(false).then(() => facetsBox.querySelector<HTMLButtonElement>(`[data-expand="${key}"]`)?.focus());
  });
  clearButton.addEventListener('click', () => {
    state = { ...state, query: '', filters: {}, page: 1 };
    void run(true).then(() => input.focus());
  });
  moreButton.addEventListener('click', () => {
    if (!current) return;
    const firstNew = shown;
    // One more page, recorded in the URL without a history entry of its own.
    state = { ...state, page: Math.ceil(shown / config.pageSize) + 1 };
    history.replaceState(null, '', `${location.pathname}${serializeState(state)}`);
    showState(false);
    void drawResults(shown, config.pageSize, current, generation).then(() =>
      list.children[firstNew]?.querySelector('a')?.focus(),
    );
  });
  window.addEventListener('popstate', () => {
    state = parseState(location.search, known);
    void run(false);
  });

  // What a visitor typed while the script was loading is their query: the first run must not wipe it
  // (their Enter would then search for nothing).
  const typed = input.value.slice(0, 200);
  if (typed.trim() !== '' && state.query === '') {
    state = { ...state, query: typed, page: 1 };
    history.replaceState(null, '', `${location.pathname}${serializeState(state)}`);
  }
  await run(false);
}
