/**
 * Loaded on every page, and tiny: shows the header's search button, opens the
 * search dialog on click, "/" or Ctrl/Cmd+K (loading its code only then), and
 * highlights the searched words when a reader arrives from a search result.
 */

const base = document.documentElement.dataset["base"] ?? "/";
const button = document.querySelector<HTMLButtonElement>("[data-search-button]");

// Keys typed while the dialog's code loads ("/" then "pgx" at once) are kept and handed to it.
let loading = false;
let typedAhead = "";

const open = async () => {
  loading = true;
  const { openSearchDialog } = await import("./search/dialog");
  loading = false;
  openSearchDialog(base, typedAhead);
  typedAhead = "";
};

button?.addEventListener("click", () => void open());

document.addEventListener("keydown", (event) => {
  if (loading && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    typedAhead += event.key;
    event.preventDefault();
    return;
  }
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  const shortcut = (event.key === "k" && (event.metaKey || event.ctrlKey)) || (event.key === "/" && !typing);
  if (shortcut && !event.altKey) {
    event.preventDefault();
    void open();
  }
});

// Arriving from a result: mark the words searched for (Pagefind's own highlighter, loaded only then;
// its inline styles are off because the CSP forbids them: global.css styles the marks).
if (new URLSearchParams(location.search).has("highlight")) {
  import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)
    .then(({ default: Highlight }) => new Highlight({ highlightParam: "highlight", addStyles: false }))
    .catch(() => {
      // Without the highlighter the page still reads and the anchor still scrolls.
    });
}

export {};
