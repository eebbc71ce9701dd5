/**
 * Definition previews for term links, and reference previews for citation
 * markers (WCAG 2.2 SC 1.4.13): hovering, focusing or tapping a link shows its
 * summary, or the full reference from the page's own list, in one shared
 * popover card.
 * - dismissible: Escape closes it without moving focus;
 * - hoverable: the pointer can move onto the card, which stays open;
 * - persistent: it stays until the pointer or focus leaves, or Escape;
 *   on touch screens the card also has a close button.
 * Screen readers hear the summary as the link's description. Without the
 * Popover API or JavaScript the links simply work.
 */

const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 300;

const TERM_LINK = "a.term-link[data-preview-summary]";
/** A citation marker names the id of its item in the reference list: the card shows that item. */
const CITE_MARKER = "a.cite-marker[data-preview-ref]";
const PREVIEWED = `${TERM_LINK}, ${CITE_MARKER}`;
// Links in HTML text and the nodes of the SVG maps (SVG <a> elements) alike.
type TermLink = HTMLAnchorElement | SVGAElement;
const links = document.querySelectorAll<TermLink>(PREVIEWED);

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
  const closeButton = document.createElement("button");
  closeButton.type = "button";
  closeButton.className = "term-preview-close";
  closeButton.setAttribute("aria-label", "Close preview");
  closeButton.textContent = "×";
  card.append(title, summary, more, closeButton);
  // Inside <main>, so that the card belongs to a landmark like the text it explains.
  (document.querySelector("main") ?? document.body).append(card);

  let current: TermLink | undefined;
  let timer: number | undefined;
  const later = (action: () => void, ms: number) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(action, ms);
  };

  const place = (link: TermLink) => {
    const rect = link.getBoundingClientRect();
    // Keep to what the reader sees: on phones a wide table can make the layout viewport,
    // which innerWidth and innerHeight measure, larger than the screen.
    const view = window.visualViewport;
    const [x, y] = [view?.offsetLeft ?? 0, view?.offsetTop ?? 0];
    const [viewWidth, viewHeight] = [view?.width ?? window.innerWidth, view?.height ?? window.innerHeight];
    const width = Math.min(card.offsetWidth || 320, viewWidth - 16);
    const left = Math.max(x + 8, Math.min(rect.left, x + viewWidth - width - 8));
    const below = rect.bottom + 8 + card.offsetHeight < y + viewHeight;
    card.style.left = `${left}px`;
    card.style.top = below
      ? `${rect.bottom + 6}px`
      : `${Math.max(y + 8, rect.top - card.offsetHeight - 6)}px`;
  };

  const open = (link: TermLink) => {
    window.clearTimeout(timer);
    if (current && current !== link) current.removeAttribute("aria-describedby");
    current = link;
    title.textContent = link.dataset["previewTitle"] ?? link.textContent;
    const reference = document.getElementById(link.dataset["previewRef"] ?? "");
    if (reference) {
      summary.replaceChildren(reference.querySelector(".reference")?.cloneNode(true) ?? "");
      more.href =
        reference.querySelector<HTMLAnchorElement>(".bibliography-link")?.href ??
        link.getAttribute("href") ??
        "";
      more.textContent = "See it in the bibliography";
      more.removeAttribute("aria-label");
    } else {
      summary.textContent = link.dataset["previewSummary"] ?? "";
      // An SVG link's `href` is an object, not a string: read the attribute.
      more.href = link.getAttribute("href") ?? "";
      // Short to see; the full name says where it leads.
      more.textContent = "Open entry";
      more.setAttribute("aria-label", `Open entry: ${title.textContent}`);
    }
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

  // Listeners on an HTML-or-SVG link get plain Events in TypeScript: each says which event it reads.
  for (const link of links) {
    link.addEventListener("pointerenter", (event) => {
      if ((event as PointerEvent).pointerType !== "touch") later(() => open(link), OPEN_DELAY_MS);
    });
    link.addEventListener("pointerleave", () => {
      // A link that still has keyboard focus keeps its card (persistent).
      if (document.activeElement !== link) later(close, CLOSE_DELAY_MS);
    });
    link.addEventListener("focus", () => open(link));
    link.addEventListener("blur", (event) => {
      // Keep the card open when focus moves into it (to its link).
      if (!card.contains((event as FocusEvent).relatedTarget as Node | null)) later(close, CLOSE_DELAY_MS);
    });
    // On touch, the first tap shows the preview; the card's link (or a second tap) follows it.
    // Whether it was open is read at pointerdown, before the tap's focus event opens it.
    let openBeforeTap = false;
    link.addEventListener("pointerdown", (event) => {
      if ((event as PointerEvent).pointerType === "touch")
        openBeforeTap = current === link && card.matches(":popover-open");
    });
    link.addEventListener("click", (event) => {
      if ((event as PointerEvent).pointerType === "touch" && !openBeforeTap) {
        event.preventDefault();
        open(link);
      }
    });
  }
  closeButton.addEventListener("click", close);
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
  if ((focused instanceof HTMLAnchorElement || focused instanceof SVGAElement) && focused.matches(PREVIEWED))
    open(focused);
}

export {};
