/**
 * Copy buttons on entry pages: one beside each heading's "#" link and the
 * definition (copies the URL with its anchor), and the "Cite this entry"
 * button (copies the citation). The buttons show only with JavaScript; the
 * "#" links and the citation text work without it.
 */

const status = document.createElement("p");
status.className = "visually-hidden";
status.setAttribute("role", "status");
(document.querySelector("main") ?? document.body).append(status);

async function copy(text: string, button: HTMLButtonElement, done: string): Promise<void> {
  try {
    // navigator.clipboard is missing outside secure contexts; the catch explains what to do instead.
    await navigator.clipboard.writeText(text);
    status.textContent = done;
  } catch {
    status.textContent = "Copying failed: select the text and copy it yourself.";
  }
  button.dataset["copied"] = "";
  window.setTimeout(() => delete button.dataset["copied"], 1500);
}

/** This page's address with an anchor, without any ?highlight=… left by a search result. */
function linkTo(id: string): string {
  const url = new URL(location.href);
  url.search = "";
  url.hash = id;
  return url.href;
}

function copyLinkButton(id: string, label: string): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "copy-link";
  button.setAttribute("aria-label", `Copy link to ${label}`);
  button.textContent = "Copy link";
  button.addEventListener("click", () => void copy(linkTo(id), button, `Link to ${label} copied`));
  return button;
}

for (const anchor of document.querySelectorAll<HTMLAnchorElement>(".prose .heading-anchor")) {
  const heading = anchor.previousElementSibling!;
  anchor.after(copyLinkButton(heading.id, `the section “${heading.textContent?.trim()}”`));
  // One tab stop per heading: the button does what the "#" link is for; the link stays for the pointer.
  anchor.tabIndex = -1;
}
// Buttons already in the page (shown by CSS when JavaScript runs, so nothing shifts).
for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-link]")) {
  const id = button.dataset["copyLink"]!;
  button.addEventListener("click", () => void copy(linkTo(id), button, "Link to the definition copied"));
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-from]")) {
  const source = document.getElementById(button.dataset["copyFrom"]!);
  if (!source) continue;
  button.addEventListener("click", () => void copy(source.textContent ?? "", button, "Citation copied"));
}

export {};
