/**
 * One search box, two kinds of answers: entries the query names (instantly,
 * typo-tolerant, with lay phrases and comparisons), then Pagefind's full-text
 * results with the sections that matched. This file is the DOM half: an ARIA
 * combobox + listbox with labelled groups, each option a real link: arrows
 * move, Enter opens, the result count is announced. What is searched when, and
 * which answer may show, is decided by search-controller.ts. Used by the search
 * dialog and the search page.
 */
import { fullTextQuery } from "../../search/query";
import { createSearchController, type EntriesAnswer, type FullTextAnswer } from "./search-controller";
import { findPages } from "./full-text";
import { loadPagefind, loadTerms, type PagefindSearchOptions } from "./pagefind";

/** Said when the full-text index does not load. `astro dev` builds none: the index comes from a real build. */
const FULL_TEXT_FAILED = import.meta.env.DEV
  ? "Full-text search needs the search index, which only a build makes: run npm start."
  : "Full-text search could not load; try again.";

const MAX_PAGES = 8;
const MAX_SECTIONS = 3;

export interface SearchBoxParts {
  input: HTMLInputElement;
  /** Radio buttons whose value is "" (all kinds) or a kind label. */
  kindInputs: HTMLInputElement[];
  /** The element that becomes the listbox. */
  list: HTMLElement;
  status: HTMLElement;
  /** Called after each search with the query and kind, e.g. to update the page URL. */
  onSearch?: (query: string, kind: string) => void;
}

interface Option {
  element: HTMLAnchorElement;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** Pagefind's excerpts are its own escaped text with <mark> around matches. */
const excerpt = (html: string) => {
  const span = el("span", "search-excerpt");
  span.innerHTML = html;
  return span;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Said when no page has every word and the results are pages with some of them. */
const PARTIAL = "No page has all these words; showing pages with some of them.";

/**
 * A section result on the page the reader is on: close the dialog and move
 * focus to that section instead of reloading the page. Other links (and any
 * click with a modifier key or another button) go their own way.
 */
const landInPage = (event: MouseEvent, link: HTMLAnchorElement) => {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.ctrlKey ||
    event.metaKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  if (link.pathname !== location.pathname || link.hash === "") return;
  const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!target) return;
  event.preventDefault();
  link.closest("dialog")?.close();
  history.pushState(null, "", `${location.pathname}${location.search}${link.hash}`);
  if (!target.matches("a[href], button, input, select, textarea, [tabindex]")) target.tabIndex = -1;
  target.focus();
  target.scrollIntoView({ block: "start" });
};

export function mountSearchBox(parts: SearchBoxParts): { run: () => Promise<void> } {
  const { input, kindInputs, list, status } = parts;
  let options: Option[] = [];
  let active = -1;

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Search results");

  const kind = () => kindInputs.find((k) => k.checked)?.value ?? "";
  const request = () => ({ query: input.value.trim(), kind: kind() });
  const searchOptions = (currentKind: string): PagefindSearchOptions =>
    currentKind ? { filters: { kind: currentKind } } : {};

  /**
   * Starts the downloads a search needs as soon as the reader is in the box, so
   * they overlap typing and the debounce. Failures are left to the search itself.
   */
  const warmUp = () => {
    loadTerms().catch(() => {});
    const { query, kind: currentKind } = request();
    loadPagefind()
      .then((pagefind) =>
        query ? pagefind.preload(fullTextQuery(query), searchOptions(currentKind)) : undefined,
      )
      .catch(() => {});
  };

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

  /** A labelled group of options inside the listbox. */
  const group = (label: string) => {
    const groupElement = el("div", "search-group");
    groupElement.setAttribute("role", "group");
    const heading = el("div", "search-group-label", label);
    heading.id = `${list.id}-group-${list.children.length}`;
    heading.setAttribute("role", "presentation");
    groupElement.setAttribute("aria-labelledby", heading.id);
    groupElement.append(heading);
    list.append(groupElement);
    return groupElement;
  };

  // Each option is itself the result's link (role="option" is allowed on <a href>): Ctrl/Cmd-click,
  // middle-click, "copy link" and the status-bar URL work, while tabindex=-1 keeps focus in the combobox.
  const addOption = (
    into: HTMLElement,
    href: string,
    className: string,
    ...content: Array<Node | string>
  ) => {
    const element = el("a", `search-option ${className}`);
    element.href = href;
    element.id = `${list.id}-option-${options.length}`;
    element.tabIndex = -1;
    element.setAttribute("role", "option");
    element.setAttribute("aria-selected", "false");
    element.append(...content);
    element.addEventListener("click", (event) => landInPage(event, element));
    options.push({ element });
    into.append(element);
  };

  const title = (text: string, kindLabel: string | undefined) => {
    const span = el("span", "search-option-title", text);
    if (kindLabel)
      span.append(
        " ",
        el("span", `badge badge-${kindLabel.toLowerCase().replace(/[^a-z]+/g, "-")}`, kindLabel),
      );
    return span;
  };

  const clear = () => {
    list.replaceChildren();
    delete list.dataset["fullText"];
    options = [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
    input.setAttribute("aria-expanded", "false");
    status.textContent = "";
  };

  /** Starts a fresh list that answers the query: the entries whose names match come first. */
  const showEntries = ({ matches }: EntriesAnswer) => {
    list.replaceChildren();
    options = [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (matches.length > 0) {
      const entries = group("Entries");
      for (const { term, name, synonym } of matches) {
        addOption(
          entries,
          term.u,
          "search-option-term",
          title(term.t, term.k),
          ...(name !== term.t && !synonym ? [el("span", "search-option-alias", `Also called ${name}`)] : []),
          el("span", "search-option-summary", term.s),
        );
      }
    }
    input.setAttribute("aria-expanded", String(options.length > 0));
    // A hook for tests and benchmarks; readers hear the status line.
    list.dataset["fullText"] = "pending";
  };

  /** Says the entries are there and the text is still being searched (announced only when that takes a while). */
  const showPending = ({ query, matches }: EntriesAnswer) => {
    status.textContent =
      matches.length > 0
        ? `${plural(matches.length, "matching entry", "matching entries")} for “${query}”; searching the text…`
        : `Searching the text for “${query}”…`;
  };

  /** Adds the full-text results below the entries, leaving the highlighted option where it is. */
  const showFullText = ({ query, matches, found, failed }: FullTextAnswer) => {
    const { pages, partial } = found;
    const shown = new Set(matches.map((m) => m.term.u));
    const fullText = pages.filter((page) => !shown.has(page.url.split(/[?#]/)[0]!));
    if (fullText.length > 0) {
      const found = group("Found in the text");
      for (const page of fullText) {
        addOption(
          found,
          page.url,
          "search-option-page",
          title(page.meta.title ?? page.url, page.filters.kind?.[0]),
          excerpt(page.excerpt),
        );
        for (const section of page.sub_results.filter((s) => s.url.includes("#")).slice(0, MAX_SECTIONS)) {
          // Pagefind's page excerpt is often its best section's: shown once, the section keeps its title only.
          const repeated = section.excerpt === page.excerpt;
          addOption(
            found,
            section.url,
            "search-option-section",
            title(`§ ${section.title}`, undefined),
            ...(repeated ? [] : [excerpt(section.excerpt)]),
          );
        }
      }
    }
    const count = matches.length + fullText.length;
    input.setAttribute("aria-expanded", String(count > 0));
    list.dataset["fullText"] = "done";
    const summary =
      count === 0
        ? `No results for “${query}”.`
        : `${plural(count, "result", "results")} for “${query}”: ${plural(matches.length, "matching entry", "matching entries")}, ${fullText.length} found in the text.`;
    const note = failed ? FULL_TEXT_FAILED : partial && fullText.length > 0 ? PARTIAL : "";
    status.textContent = note ? `${summary} ${note}` : summary;
  };

  const controller = createSearchController(
    {
      loadTerms,
      searchText: async (query, currentKind) =>
        findPages(await loadPagefind(), query, searchOptions(currentKind), MAX_PAGES),
    },
    {
      clear,
      showEntries,
      showPending,
      showFullText,
      searched: ({ query, kind: currentKind }) => parts.onSearch?.(query, currentKind),
    },
  );

  const run = () => {
    const now = request();
    // Both downloads at once: the term list and Pagefind (which the controller asks for once the terms are in).
    if (now.query) warmUp();
    return controller.run(now);
  };

  input.addEventListener("focus", warmUp);
  input.addEventListener("input", () => {
    warmUp();
    void controller.type(request());
  });
  for (const k of kindInputs) k.addEventListener("change", () => void run());
  const openActive = async () => {
    const open = await controller.enter();
    // While this waited, the reader may have closed the dialog.
    if (!open || document.activeElement !== input) return;
    // Follow the link as a click would, so in-page sections land the same way.
    (options[active] ?? options[0])?.element.click();
  };
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (options.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      void openActive();
    }
  });
  return { run };
}
