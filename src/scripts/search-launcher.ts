/**
 * Loaded on every page, and tiny: opens the search dialog from the header
 * button, "/" or Ctrl/Cmd+K (loading its code only then), and highlights the
 * searched words when a reader arrives from a search result.
 */
import { withBase } from "../data/urls";

// Keys typed while the dialog's code loads ("/" then "pgx" at once) are kept and handed to it.
let loading = false;
let typedAhead = "";

const open = async () => {
  if (loading) return;
  loading = true;
  try {
    const { openSearchDialog } = await import("./search/dialog");
    openSearchDialog(typedAhead);
  } catch {
    // The dialog's code could not load (offline, or a newer deploy replaced it): the search page still works.
    location.href = withBase(`/search/?q=${encodeURIComponent(typedAhead)}`);
  } finally {
    loading = false;
    typedAhead = "";
  }
};

document.querySelector("[data-search-button]")?.addEventListener("click", () => void open());

document.addEventListener("keydown", (event) => {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  if (loading && !typing && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    typedAhead += event.key;
    event.preventDefault();
    return;
  }
  const shortcut = (event.key === "k" && (event.metaKey || event.ctrlKey)) || (event.key === "/" && !typing);
  if (shortcut && !event.altKey) {
    event.preventDefault();
    void open();
  }
});

/** The first searched word the highlighter marked after the page's heading. */
const firstMatchBelowHeading = () => {
  const heading = document.querySelector("h1");
  return [...document.querySelectorAll("mark.pagefind-highlight")].find(
    (mark) =>
      !heading ||
      (!heading.contains(mark) && heading.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
};

/** What pagefind-highlight.js exports by default: a class that marks the words named in the URL. */
type PagefindHighlight = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

// Arriving from a result: mark the words searched for (Pagefind's own highlighter, loaded only then;
// its inline styles are off because the CSP forbids them: global.css styles the marks).
if (new URLSearchParams(location.search).has("highlight")) {
  import(/* @vite-ignore */ withBase("/pagefind/pagefind-highlight.js"))
    .then(({ default: Highlight }: { default: PagefindHighlight }) => {
      new Highlight({ highlightParam: "highlight", addStyles: false });
      // A page result (no #section) lands on the first match below the heading, not at the top.
      if (location.hash === "") firstMatchBelowHeading()?.scrollIntoView({ block: "center" });
    })
    .catch(() => {
      // Without the highlighter the page still reads and the anchor still scrolls.
    });
}

export {};
