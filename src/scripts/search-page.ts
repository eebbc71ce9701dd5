/**
 * The search page's behaviour: runs the query in the URL (`/search/?q=…`) and
 * re-runs it as the reader types. Pagefind and its index load only here, on
 * first use; without JavaScript the form still submits and the page says so.
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string };
  filters: { kind?: string[] };
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    query: string,
    options?: { filters?: Record<string, string> },
    debounceMs?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 20;
const MAX_SECTIONS = 3;

const root = document.querySelector<HTMLElement>("[data-search-root]")!;
const form = root.querySelector<HTMLFormElement>("form")!;
const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
const kindSelect = root.querySelector<HTMLSelectElement>("select[name=kind]")!;
const statusRegion = root.querySelector<HTMLElement>("[data-search-status]")!;
const list = root.querySelector<HTMLOListElement>("[data-search-results]")!;
const base = root.dataset["base"] ?? "/";

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 24 });
    return module;
  });
  return pagefind;
}

/** Builds one element with text content; never parses the reader's input as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Pagefind's excerpts are its own escaped text with <mark> around the matches. */
function excerpt(html: string): HTMLParagraphElement {
  const p = el("p", undefined, "search-excerpt");
  p.innerHTML = html;
  return p;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = el("li", undefined, "search-result");
  const heading = el("h2");
  const link = el("a", data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const kind = data.filters.kind?.[0];
  if (kind) heading.append(" ", el("span", kind, `badge badge-${kind.toLowerCase()}`));
  item.append(heading, excerpt(data.excerpt));
  // Sections of the page that matched, each linking to its heading's anchor.
  const sections = data.sub_results.filter((sub) => sub.url.includes("#")).slice(0, MAX_SECTIONS);
  if (sections.length > 0) {
    const subList = el("ul", undefined, "search-sections");
    for (const sub of sections) {
      const subItem = el("li");
      const subLink = el("a", sub.title);
      subLink.href = sub.url;
      subItem.append(subLink, excerpt(sub.excerpt));
      subList.append(subItem);
    }
    item.append(subList);
  }
  return item;
}

async function run(): Promise<void> {
  const query = input.value.trim();
  const kind = kindSelect.value;
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (kind) params.set("kind", kind);
  history.replaceState(null, "", `${location.pathname}${params.size ? `?${params}` : ""}`);
  if (!query) {
    list.replaceChildren();
    statusRegion.textContent = "Type a term to search.";
    return;
  }
  statusRegion.textContent = "Searching…";
  const engine = await loadPagefind();
  const search = await engine.debouncedSearch(query, kind ? { filters: { kind } } : {}, 150);
  if (search === null) return; // a newer keystroke superseded this search
  const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  list.replaceChildren(...data.map(renderResult));
  const count = search.results.length;
  statusRegion.textContent =
    count === 0
      ? `No results for “${query}”. Try another spelling or browse the A–Z.`
      : `${count} result${count === 1 ? "" : "s"} for “${query}”${count > MAX_RESULTS ? `; showing the first ${MAX_RESULTS}` : ""}.`;
}

const initial = new URLSearchParams(location.search);
input.value = initial.get("q") ?? "";
kindSelect.value = initial.get("kind") ?? "";
form.addEventListener("submit", (event) => {
  event.preventDefault();
  void run();
});
input.addEventListener("input", () => void run());
kindSelect.addEventListener("change", () => void run());
root.querySelector("[data-search-noscript]")?.remove();
void run();
export {};
