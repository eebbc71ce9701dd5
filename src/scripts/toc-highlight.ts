/**
 * Marks the "On this page" link of the section being read with
 * aria-current="location", as the reader scrolls. The section being read is
 * the last one whose heading has reached the top third of the window.
 * IntersectionObserver only says when a heading crosses that line, so the
 * page does no work while the reader scrolls within a section.
 */

const linkFor = new Map<HTMLElement, HTMLAnchorElement>();
for (const link of document.querySelectorAll<HTMLAnchorElement>(".toc a[href^='#']")) {
  const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (heading) linkFor.set(heading, link);
}
const headings = [...linkFor.keys()];
let current: HTMLAnchorElement | undefined;

function markSectionInView(): void {
  const line = window.innerHeight / 3;
  const reached = headings.filter((h) => h.getBoundingClientRect().top <= line).at(-1);
  const link = reached && linkFor.get(reached);
  if (link === current) return;
  current?.removeAttribute("aria-current");
  link?.setAttribute("aria-current", "location");
  current = link;
}

if (headings.length > 0 && "IntersectionObserver" in window) {
  // The root is the window's top third: a heading entering or leaving it may change the section.
  const observer = new IntersectionObserver(markSectionInView, { rootMargin: "0px 0px -66% 0px" });
  for (const heading of headings) observer.observe(heading);
}

export {};
