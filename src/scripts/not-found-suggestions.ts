/**
 * On the 404 page: the entries closest to the missing address, from the same
 * matcher as search, run on the path's last segment ("/glossary/warfrin/" →
 * "warfrin" → Warfarin). The page reads without it; this only adds links.
 */
import { withBase } from "../data/urls";
import { matchQuery } from "../search/query-match";
import { loadTerms } from "./search/pagefind";

const MAX_SUGGESTIONS = 5;
const section = document.querySelector<HTMLElement>("[data-suggestions]");
const list = section?.querySelector("ul");

/** "/glossary/star-alleles/" → "star alleles"; the base path and file endings do not count. */
const lastSegment = (path: string) =>
  decodeURIComponent(path.slice(withBase("/").length - 1))
    .split("/")
    .filter(Boolean)
    .pop()
    ?.replace(/\.html?$/, "")
    .replace(/[-_+.]+/g, " ") ?? "";

const query = lastSegment(location.pathname);
if (section && list && query) {
  loadTerms()
    .then((terms) => {
      const matches = matchQuery(query, terms, MAX_SUGGESTIONS);
      if (matches.length === 0) return;
      list.replaceChildren(
        ...matches.map(({ term }) => {
          const item = document.createElement("li");
          const link = document.createElement("a");
          link.href = term.u;
          link.textContent = term.t;
          item.append(link, ` (${term.k})`);
          return item;
        }),
      );
      section.hidden = false;
    })
    .catch(() => {
      // Without the term list the page still offers search and the A–Z index.
    });
}

export {};
