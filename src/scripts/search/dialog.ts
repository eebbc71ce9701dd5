/**
 * The search dialog opened from the header button, "/" or Ctrl/Cmd+K. Built
 * on first open (this module is loaded only then); a native <dialog> gives
 * focus trapping, Escape to close and focus return.
 */
import { mountSearchBox } from "./search-box";

let dialog: HTMLDialogElement | undefined;

const KINDS = [
  ["", "All"],
  ["Concept", "Concepts"],
  ["Term", "Terms"],
  ["Comparison", "Comparisons"],
] as const;

function build(base: string): HTMLDialogElement {
  const d = document.createElement("dialog");
  d.className = "search-dialog";
  d.setAttribute("aria-labelledby", "search-dialog-title");
  d.innerHTML = `
    <div class="search-dialog-head">
      <h2 id="search-dialog-title">Search the glossary</h2>
      <button type="button" class="search-dialog-close" aria-label="Close search">Esc</button>
    </div>
    <label class="visually-hidden" for="search-dialog-input">Search terms, abbreviations and sections</label>
    <input id="search-dialog-input" type="search" autocomplete="off" spellcheck="false" placeholder="PGx, CYP2D6, personalised…" />
    <fieldset class="search-kinds">
      <legend class="visually-hidden">Kind of entry</legend>
      ${KINDS.map(
        ([value, label], i) =>
          `<label><input type="radio" name="search-dialog-kind" value="${value}"${i === 0 ? " checked" : ""} /> ${label}</label>`,
      ).join("")}
    </fieldset>
    <p class="search-status" role="status" aria-live="polite"></p>
    <ul id="search-dialog-results" class="search-options" aria-label="Search results"></ul>
    <p class="search-dialog-foot"><a href="${base}search/">Open the search page</a> · ↑↓ to move, Enter to open, Esc to close</p>`;
  document.body.append(d);
  const input = d.querySelector<HTMLInputElement>("input[type=search]")!;
  mountSearchBox({
    input,
    kindInputs: [...d.querySelectorAll<HTMLInputElement>("input[type=radio]")],
    list: d.querySelector<HTMLElement>("#search-dialog-results")!,
    status: d.querySelector<HTMLElement>(".search-status")!,
    base,
  });
  d.querySelector(".search-dialog-close")!.addEventListener("click", () => d.close());
  // A click on the backdrop (outside the dialog box) closes it.
  d.addEventListener("click", (event) => {
    if (event.target === d) d.close();
  });
  return d;
}

export function openSearchDialog(base: string, initial = ""): void {
  dialog ??= build(base);
  const input = dialog.querySelector<HTMLInputElement>("input[type=search]")!;
  if (!dialog.open) dialog.showModal();
  input.focus();
  if (initial) {
    // Letters typed while the dialog loaded: keep them and search, caret at the end.
    input.value = initial;
    input.setSelectionRange(initial.length, initial.length);
  } else {
    input.select();
  }
  if (initial) input.dispatchEvent(new Event("input"));
}
