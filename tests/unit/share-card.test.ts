import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { SHARE_CARD_SIZE, shareCardMeta, shareCardPath } from "@/data/share-card";
import { cardSvg, renderCard, titleLayout, type CardText } from "@/og/render-card";
import { decodePng, pngSize } from "../gates/png";

const SITE = "Precision Medicine Glossary";

describe("share card meta", () => {
  it("puts every card in /og/ under the entry's slug", () => {
    expect(shareCardPath("cyp2d6")).toBe("/og/cyp2d6.png");
  });

  it("describes the card in its reading order: kind, title, summary, site name", () => {
    const meta = shareCardMeta(
      { kind: "comparison", slug: "a-vs-b", title: "A vs B", summary: "How A differs from B" },
      SITE,
    );
    expect(meta).toEqual({
      path: "/og/a-vs-b.png",
      alt: "Comparison: A vs B. How A differs from B. Precision Medicine Glossary",
      width: 1200,
      height: 630,
    });
  });
});

describe("titleLayout", () => {
  it("gives short titles the largest size and long ones a smaller size on more lines", () => {
    expect(titleLayout("ALK")).toEqual({ fontSize: 80, lines: 2 });
    expect(titleLayout("Pharmacogenomics vs pharmacogenetics")).toEqual({ fontSize: 64, lines: 2 });
    expect(titleLayout("FDA Table of Pharmacogenomic Biomarkers in Drug Labeling").lines).toBe(3);
  });
});

describe("renderCard", () => {
  it("draws a 1200×630 PNG of reasonable size", async () => {
    const png = await renderCard({
      kind: "term",
      title: "Star allele",
      summary:
        "A short name, like *4, for one version of a gene that affects how the body handles medicines.",
      siteName: SITE,
    });
    expect(pngSize(png)).toEqual(SHARE_CARD_SIZE);
    // Flat colours and text: tens of kilobytes, far below the 5 MB most sites accept.
    expect(png.length).toBeGreaterThan(10_000);
    expect(png.length).toBeLessThan(200_000);
  });

  it("still draws a card when the title and summary are far too long to fit", async () => {
    const png = await renderCard({
      kind: "concept",
      title: "An extraordinarily long title ".repeat(8),
      summary: "A summary that goes on and on. ".repeat(12),
      siteName: SITE,
    });
    expect(pngSize(png)).toEqual(SHARE_CARD_SIZE);
  });
});

describe("renderCard against the whole card drawn in one piece", () => {
  const samples: CardText[] = [
    {
      kind: "concept",
      title: "Precision medicine",
      summary: "Care chosen for each patient.",
      siteName: SITE,
    },
    {
      kind: "term",
      title: "Variant of uncertain significance",
      summary:
        "A change in a gene whose effect on health is not yet known, so it neither confirms nor rules out a diagnosis.",
      siteName: SITE,
    },
    {
      kind: "comparison",
      title: "FDA Table of Pharmacogenomic Biomarkers in Drug Labeling, with its many sections",
      summary: "A summary that goes on and on, well past the four lines a card has room for. ".repeat(4),
      siteName: SITE,
    },
    {
      kind: "term",
      title: "Ünïcode – “quotes” & ellipsis…",
      summary: "Łódź, São Paulo, Zürich.",
      siteName: "Other site",
    },
  ];

  // The old way: satori lays out the whole card, resvg draws all of it and encodes the PNG.
  const reference = async (text: CardText) =>
    decodePng(
      new Resvg(await cardSvg(text), { font: { loadSystemFonts: false }, fitTo: { mode: "original" } })
        .render()
        .asPng(),
    );

  it.each(samples)(
    "draws “$title” ($kind) as the whole card does, but for anti-aliasing (±1 per channel)",
    async (text) => {
      const [expected, actual] = [await reference(text), decodePng(await renderCard(text))];
      expect(actual).toMatchObject(SHARE_CARD_SIZE);
      let largest = 0;
      for (let i = 0; i < expected.pixels.length; i++)
        largest = Math.max(largest, Math.abs(expected.pixels[i]! - actual.pixels[i]!));
      expect(largest).toBeLessThanOrEqual(1);
    },
  );
});

describe("pngSize", () => {
  it("reads nothing from bytes that are not a PNG", () => {
    expect(pngSize(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'></svg>"))).toBeUndefined();
  });
});
