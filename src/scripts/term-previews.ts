/**
 * Definition previews for term links (WCAG 2.2 SC 1.4.13): hovering, focusing
 * or tapping a link shows its summary in one shared popover card.
 * - dismissible: Escape closes it without moving focus;
 * - hoverable: the pointer can move onto the card, which stays open;
 * - persistent: it stays until the pointer or focus leaves, or Escape.
 * Screen readers hear the summary as the link's description. Without the
 * Popover API or JavaScript the links simply work.
 */

const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 300;

const TERM_LINK = "a.term-link[data-preview-summary]";
const links = document.querySelectorAll<HTMLAnchorElement>(TERM_LINK);

if (links.length > 0 && "showPopover" in HTMLElement.prototype) {
  const card = document.createElement("div");
  card.id = "term-preview";
  card.className = "term-preview";
  card.setAttribute("popover", "manual");
  const title = document.createElement("p");
  title.className = "term-preview-title";
  const summary = document.createElement("p");
  summary.id = "term-preview-summary";
  // Short visible text; its name adds the entry's title ("Open entry: CYP2D6"), starting with what shows.
  const more = document.createElement("a");
  more.className = "term-preview-more";
  more.textContent = "Open entry";
  card.append(title, summary, more);
  // Inside <main>, so that the card belongs to a landmark like the text it explains.
  (document.querySelector("main") ?? document.body).append(card);

  let current: HTMLAnchorElement | undefined;
  let timer: number | undefined;
  const later = (action: () => void, ms: number) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(action, ms);
  };

  const place = (link: HTMLAnchorElement) => {
    const rect = link.getBoundingClientRect();
    const width = Math.min(card.offsetWidth || 320, window.innerWidth - 16);
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    const below = rect.bottom + 8 + card.offsetHeight < window.innerHeight;
    card.style.left = `${left}px`;
    card.style.top = below ? `${rect.bottom + 6}px` : `${Math.max(8, rect.top - card.offsetHeight - 6)}px`;
  };

  const open = (link: HTMLAnchorElement) => {
    window.clearTimeout(timer);
    if (current && current !== link) current.removeAttribute("aria-describedby");
    current = link;
    title.textContent = link.dataset["previewTitle"] ?? link.textContent;
    summary.textContent = link.dataset["previewSummary"] ?? "";
    more.href = link.href;
    more.setAttribute("aria-label", `Open entry: ${title.textContent}`);
    link.setAttribute("aria-describedby", summary.id);
    if (!card.matches(":popover-open")) card.showPopover();
    place(link);
  };

  const close = () => {
    window.clearTimeout(timer);
    current?.removeAttribute("aria-describedby");
    current = undefined;
    if (card.matches(":popover-open")) card.hidePopover();
  };

  for (const link of links) {
    link.addEventListener("pointerenter", (event) => {
      if (event.pointerType !== "touch") later(() => open(link), OPEN_DELAY_MS);
    });
    link.addEventListener("pointerleave", () => {
      // A link that still has keyboard focus keeps its card (persistent).
      if (document.activeElement !== link) later(close, CLOSE_DELAY_MS);
    });
    link.addEventListener("focus", () => open(link));
    link.addEventListener("blur", (event) => {
      // Keep the card open when focus moves into it (to its link).
      if (!card.contains(event.relatedTarget as Node | null)) later(close, CLOSE_DELAY_MS);
    });
    // On touch, the first tap shows the preview; the card's link (or a second tap) follows it.
    // Whether it was open is read at pointerdown, before the tap's focus event opens it.
    let openBeforeTap = false;
    link.addEventListener("pointerdown", (event) => {
      if (event.pointerType === "touch") openBeforeTap = current === link && card.matches(":popover-open");
    });
    link.addEventListener("click", (event) => {
      if ((event as PointerEvent).pointerType === "touch" && !openBeforeTap) {
        event.preventDefault();
        open(link);
      }
    });
  }
  card.addEventListener("pointerenter", () => window.clearTimeout(timer));
  card.addEventListener("pointerleave", () => later(close, CLOSE_DELAY_MS));
  card.addEventListener("focusout", (event) => {
    if (event.relatedTarget !== current && !card.contains(event.relatedTarget as Node | null))
      later(close, CLOSE_DELAY_MS);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && current) close();
  });
  document.addEventListener("pointerdown", (event) => {
    const target = event.target as Node;
    if (current && !card.contains(target) && !current.contains(target)) close();
  });
  window.addEventListener("scroll", () => current && place(current), { passive: true });

  // This module runs after parsing: a reader may already have tabbed to a link.
  const focused = document.activeElement;
  if (focused instanceof HTMLAnchorElement && focused.matches(TERM_LINK)) open(focused);
}

export {};
