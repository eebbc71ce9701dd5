/**
 * One search box, two kinds of answers: entries whose title or other names
 * match (instantly, typo-tolerant), then Pagefind's full-text results with the
 * sections that matched. ARIA combobox + listbox: arrows move, Enter opens,
 * the result count is announced. Used by the search dialog and the search page.
 */
import { matchTerms } from "../../search/term-match";
import { loadPagefind, loadTerms, type PagefindResultData } from "./pagefind";

const DEBOUNCE_MS = 120;
const MAX_TERMS = 5;
const MAX_PAGES = 8;
const MAX_SECTIONS = 3;

export interface SearchBoxParts {
  input: HTMLInputElement;
  /** Radio buttons named "kind" whose value is "" or a kind label. */
  kindInputs: HTMLInputElement[];
  list: HTMLElement;
  status: HTMLElement;
  base: string;
  /** Called after each search with the query and kind, e.g. to update the page URL. */
  onSearch?: (query: string, kind: string) => void;
}

interface Option {
  href: string;
  element: HTMLElement;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** Pagefind's excerpts are its own escaped text with <mark> around matches. */
const excerpt = (html: string) => {
  const p = el("span", "search-excerpt");
  p.innerHTML = html;
  return p;
};

export function mountSearchBox(parts: SearchBoxParts): { run: () => Promise<void> } {
  const { input, kindInputs, list, status, base } = parts;
  let options: Option[] = [];
  let active = -1;
  let timer: number | undefined;
  let generation = 0;

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  list.setAttribute("role", "listbox");

  const kind = () => kindInputs.find((k) => k.checked)?.value ?? "";

  const setActive = (index: number) => {
    options[active]?.element.setAttribute("aria-selected", "false");
    active = index;
    const option = options[active];
    if (option) {
      option.element.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", option.element.id);
      option.element.scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  };

  const addOption = (href: string, build: (element: HTMLElement) => void, className: string) => {
    const element = el("li", `search-option ${className}`);
    element.id = `${list.id}-option-${options.length}`;
    element.setAttribute("role", "option");
    element.setAttribute("aria-selected", "false");
    element.dataset["href"] = href;
    build(element);
    // Options hold no links (a listbox option must not nest interactive content): a click or Enter follows it.
    element.addEventListener("click", () => (location.href = href));
    options.push({ href, element });
    list.append(element);
  };

  const groupLabel = (text: string) => {
    const li = el("li", "search-group-label", text);
    li.setAttribute("role", "presentation");
    list.append(li);
  };

  const render = (query: string, matches: ReturnType<typeof matchTerms>, pages: PagefindResultData[]) => {
    list.replaceChildren();
    options = [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (matches.length > 0) groupLabel("Entries");
    for (const { term, name } of matches) {
      addOption(
        term.u,
        (li) => {
          const title = el("span", "search-option-title");
          title.append(term.t, " ", el("span", `badge badge-${term.k.toLowerCase()}`, term.k));
          li.append(title);
          if (name !== term.t) li.append(el("span", "search-option-alias", `Also called ${name}`));
          li.append(el("span", "search-option-summary", term.s));
        },
        "search-option-term",
      );
    }
    const shown = new Set(matches.map((m) => m.term.u));
    const fullText = pages.filter((page) => !shown.has(page.url.split("?")[0]!.split("#")[0]!));
    if (fullText.length > 0) groupLabel("Found in the text");
    for (const page of fullText) {
      const kindLabel = page.filters.kind?.[0] ?? "";
      addOption(
        page.url,
        (li) => {
          const title = el("span", "search-option-title");
          title.append(page.meta.title ?? page.url);
          if (kindLabel) title.append(" ", el("span", `badge badge-${kindLabel.toLowerCase()}`, kindLabel));
          li.append(title, excerpt(page.excerpt));
        },
        "search-option-page",
      );
      for (const section of page.sub_results.filter((s) => s.url.includes("#")).slice(0, MAX_SECTIONS)) {
        addOption(
          section.url,
          (li) =>
            li.append(el("span", "search-option-title", `§ ${section.title}`), excerpt(section.excerpt)),
          "search-option-section",
        );
      }
    }
    const count = matches.length + fullText.length;
    input.setAttribute("aria-expanded", String(count > 0));
    status.textContent =
      count === 0
        ? `No results for “${query}”.`
        : `${count} result${count === 1 ? "" : "s"} for “${query}”: ${matches.length} matching entr${matches.length === 1 ? "y" : "ies"}, ${fullText.length} found in the text.`;
  };

  const run = async () => {
    const query = input.value.trim();
    const currentKind = kind();
    parts.onSearch?.(query, currentKind);
    const mine = ++generation;
    if (query === "") {
      list.replaceChildren();
      options = [];
      input.setAttribute("aria-expanded", "false");
      status.textContent = "";
      return;
    }
    const [terms, pagefind] = await Promise.all([loadTerms(base), loadPagefind(base)]);
    const matches = matchTerms(query, terms, MAX_TERMS, currentKind);
    const search = await pagefind.search(query, currentKind ? { filters: { kind: currentKind } } : {});
    const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map((r) => r.data()));
    if (mine === generation) render(query, matches, pages); // a newer keystroke wins
  };

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), DEBOUNCE_MS);
  });
  for (const k of kindInputs) k.addEventListener("change", () => void run());
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (options.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const option = options[active] ?? options[0];
      if (option) location.href = option.href;
    }
  });
  return { run };
}
