/**
 * The search dialog opened from the header button, "/" or Ctrl/Cmd+K. Built
 * on first open (this module is loaded only then); a native <dialog> gives
 * focus trapping, Escape to close and focus return.
 */
import { withBase } from "../../data/urls";
import { SEARCH_KINDS } from "../../search/kinds";
import { mountSearchBox } from "./search-box";

let dialog: HTMLDialogElement | undefined;

function build(): HTMLDialogElement {
  const d = document.createElement("dialog");
  d.className = "search-dialog";
  d.setAttribute("aria-labelledby", "search-dialog-title");
  d.innerHTML = `
    <div class="search-dialog-head">
      <h2 id="search-dialog-title">Search the glossary</h2>
      <button type="button" class="search-dialog-close">Close<span class="key-hint"> (Esc)</span></button>
    </div>
    <label class="visually-hidden" for="search-dialog-input">Search terms, abbreviations and sections</label>
    <input id="search-dialog-input" type="search" autocomplete="off" spellcheck="false" placeholder="PGx, CYP2D6, personalised…" />
    <fieldset class="search-kinds">
      <legend class="visually-hidden">Kind of entry</legend>
      ${SEARCH_KINDS.map(
        ({ value, label }, i) =>
          `<label><input type="radio" name="search-dialog-kind" value="${value}"${i === 0 ? " checked" : ""} /> ${label}</label>`,
      ).join("")}
    </fieldset>
    <p class="search-status" role="status" aria-live="polite"></p>
    <div id="search-dialog-results" class="search-options"></div>
    <p class="search-dialog-foot"><a href="${withBase("/search/")}">Open the search page</a><span class="key-hint"> · ↑↓ to move, Enter to open, Esc to close</span></p>`;
  document.body.append(d);
  mountSearchBox({
    input: d.querySelector<HTMLInputElement>("input[type=search]")!,
    kindInputs: [...d.querySelectorAll<HTMLInputElement>("input[type=radio]")],
    list: d.querySelector<HTMLElement>("#search-dialog-results")!,
    status: d.querySelector<HTMLElement>(".search-status")!,
  });
  d.querySelector(".search-dialog-close")!.addEventListener("click", () => d.close());
  // A click on the backdrop closes it; a click inside the box (padding included) does not.
  d.addEventListener("click", (event) => {
    const box = d.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (event.target === d && !inside) d.close();
  });
  return d;
}

/** Opens the dialog; `initial` holds letters typed while its code was loading. */
export function openSearchDialog(initial = ""): void {
  dialog ??= build();
  const input = dialog.querySelector<HTMLInputElement>("input[type=search]")!;
  if (!dialog.open) dialog.showModal();
  input.focus();
  if (initial) {
    // Letters typed while the dialog loaded: keep them and search, caret at the end.
    input.value = initial;
    input.setSelectionRange(initial.length, initial.length);
    input.dispatchEvent(new Event("input"));
  } else {
    input.select();
  }
}
