/**
 * `/search/?q=…&kind=…`: runs the query in the URL on load and keeps the URL
 * in step as the reader types, so a search can be shared. Without JavaScript
 * the form still submits, and the page points to the A–Z index.
 */
import { loadTerms } from "./search/pagefind";
import { mountSearchBox } from "./search/search-box";

const root = document.querySelector<HTMLElement>("[data-search-root]");

if (root) {
  const input = root.querySelector<HTMLInputElement>("input[type=search]")!;
  const kindInputs = [...root.querySelectorAll<HTMLInputElement>("input[name=kind]")];
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  // An unknown kind in the URL falls back to "All".
  const kind = kindInputs.find((k) => k.value === (params.get("kind") ?? "")) ?? kindInputs[0];
  if (kind) kind.checked = true;

  root.querySelector("[data-search-noscript]")?.remove();
  // This page is for searching: fetch the small term list now, so entries match from the first key.
  // (Pagefind, several times larger, still waits for the reader to be in the box.)
  loadTerms().catch(() => {});
  const box = mountSearchBox({
    input,
    kindInputs,
    list: root.querySelector<HTMLElement>("#search-page-results")!,
    status: root.querySelector<HTMLElement>("[data-search-status]")!,
    onSearch: (query, currentKind) => {
      const next = new URLSearchParams();
      if (query) next.set("q", query);
      if (currentKind) next.set("kind", currentKind);
      history.replaceState(null, "", `${location.pathname}${next.size ? `?${next}` : ""}`);
    },
  });
  root.querySelector("form")!.addEventListener("submit", (event) => {
    event.preventDefault();
    void box.run();
  });
  void box.run();
}

export {};
