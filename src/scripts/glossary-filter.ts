/**
 * Filter-as-you-type on the A–Z page. The full list is in the HTML; this only
 * hides entries whose title and other names do not contain the typed text,
 * hides letters left empty, and announces how many entries remain. When none
 * does, it offers to search the full text for the same words.
 */

const filter = document.querySelector<HTMLElement>("[data-glossary-filter]");
const input = filter?.querySelector<HTMLInputElement>("input");
const count = filter?.querySelector<HTMLElement>("[data-filter-count]");
const empty = filter?.querySelector<HTMLElement>("[data-filter-empty]");
const searchLink = empty?.querySelector<HTMLAnchorElement>("a");

if (filter && input && count) {
  const items = [...document.querySelectorAll<HTMLElement>(".glossary-item")].map((item) => ({
    item,
    text: (item.dataset["names"] ?? "").toLowerCase(),
  }));
  const groups = [...document.querySelectorAll<HTMLElement>(".letter-group")];
  const letterLinks = new Map(
    [...document.querySelectorAll<HTMLAnchorElement>(".letter-bar a")].map((a) => [a.hash.slice(1), a]),
  );

  const apply = () => {
    const query = input.value.trim().toLowerCase();
    let shown = 0;
    for (const { item, text } of items) {
      const match = query === "" || text.includes(query);
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) {
      const empty = !group.querySelector(".glossary-item:not([hidden])");
      group.hidden = empty;
      const link = letterLinks.get(group.querySelector("h2")?.id ?? "");
      link?.parentElement?.toggleAttribute("hidden", empty);
    }
    count.textContent =
      query === "" ? "" : `${shown} of ${items.length} entries match “${input.value.trim()}”.`;
    // No entry's name has these words: the full text may still (a dead end otherwise).
    if (empty && searchLink) {
      empty.hidden = query === "" || shown > 0;
      searchLink.href = `${searchLink.dataset["searchUrl"]}?q=${encodeURIComponent(input.value.trim())}`;
      searchLink.textContent = `Search the full text for ‘${input.value.trim()}’`;
    }
  };

  input.addEventListener("input", apply);
}

export {};
