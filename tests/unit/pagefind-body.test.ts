import { describe, expect, it } from "vitest";
import { pagefindBody } from "@/build/pagefind-body";

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Abacavir | Glossary</title><script type="application/ld+json">{}</script></head><body><header><a href="/">Home</a></header><main>${body}</main><footer>Not advice.</footer></body></html>`;

describe("pagefindBody", () => {
  it("keeps the title and the marked element, nested elements of the same name included, and drops the rest", () => {
    const marked =
      '<div data-pagefind-body data-pagefind-filter="kind:Term"><h1>Abacavir</h1><div><p>An HIV drug.</p></div><p>More.</p></div>';
    expect(pagefindBody(page(`${marked}<section><h2>Related</h2></section>`))).toBe(
      `<!doctype html><html lang="en"><head><title>Abacavir | Glossary</title></head><body>${marked}</body></html>`,
    );
  });

  it("keeps every marked element, in order", () => {
    const body = pagefindBody(
      page(
        '<article data-pagefind-body><p>One.</p></article><p>Skip.</p><div data-pagefind-body="">Two.</div>',
      ),
    );
    expect(body).toContain(
      '<body><article data-pagefind-body><p>One.</p></article><div data-pagefind-body="">Two.</div></body>',
    );
    expect(body).not.toContain("Skip.");
  });

  it("gives nothing for a page Pagefind would skip, and the whole page when the marked element never closes", () => {
    expect(pagefindBody(page("<p>An alias page.</p>"))).toBeUndefined();
    const unclosed = page("<div data-pagefind-body><p>Text.</p>");
    expect(pagefindBody(unclosed)).toBe(unclosed);
  });

  it("does not take the words data-pagefind-body in text for the mark", () => {
    expect(pagefindBody(page("<p>Mark it with <code>data-pagefind-body</code>.</p>"))).toBeUndefined();
  });
});
