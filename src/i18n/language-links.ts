/**
 * The language switch on pages whose state lives in the URL (catalogue
 * search, map): its links carry the same query string, so switching keeps
 * the query, filters and sort. Filter values are vocabulary ids, the same in
 * every language; the page in the other language draws their labels.
 */
export function carryStateToLanguageLinks(search: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    link.search = search;
  }
}
