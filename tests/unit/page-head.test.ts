import { describe, expect, it } from "vitest";
import { pageHead } from "@/data/page-head";

const site = { name: "Glossary", url: "https://glossary.example.org" };

describe("pageHead", () => {
  it("adds the site name to a page's title, but not to the home page's", () => {
    expect(pageHead({ title: "CYP2D6", pathname: "/glossary/cyp2d6/" }, site).fullTitle).toBe(
      "CYP2D6 · Glossary",
    );
    expect(pageHead({ title: "Glossary", pathname: "/" }, site).fullTitle).toBe("Glossary");
  });

  it("names the page's own address as canonical, and a redirect's target instead of the alias", () => {
    expect(pageHead({ title: "A", pathname: "/glossary/a/" }, site).canonical?.href).toBe(
      "https://glossary.example.org/glossary/a/",
    );
    const redirect = pageHead(
      { title: "B", pathname: "/glossary/pgx/", noindex: true, redirectTo: "/concepts/pharmacogenomics/" },
      site,
    );
    expect(redirect.canonical?.href).toBe("https://glossary.example.org/concepts/pharmacogenomics/");
  });

  it("names no canonical address for a page not meant to be found, nor in a local preview", () => {
    expect(
      pageHead({ title: "Not found", pathname: "/404.html", noindex: true }, site).canonical,
    ).toBeUndefined();
    const preview = pageHead({ title: "A", pathname: "/glossary/a/" }, { name: "Glossary", url: undefined });
    expect(preview).toMatchObject({ isPreview: true, canonical: undefined });
  });
});
