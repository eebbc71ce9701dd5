/**
 * Draws an entry's share card (the Open Graph image): kind, title, summary and
 * site name on a 1200×630 PNG. Satori lays the card out and turns its text into
 * SVG paths with the font below; resvg rasterises the SVG. Long titles get a
 * smaller size and both texts stop with an ellipsis, so nothing leaves the card.
 */
// Imports name their .ts files: Node runs this module directly in the share-card workers (card-worker.ts).
import { renderAsync } from "@resvg/resvg-js";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import satori, { type Font } from "satori";
import { KINDS, type EntryKind } from "../shared/kinds.ts";
import { SHARE_CARD_SIZE } from "../data/share-card.ts";

/** What a card shows. */
export interface CardText {
  kind: EntryKind;
  title: string;
  summary: string;
  siteName: string;
}

/** The light-scheme values of the design tokens in src/styles/global.css. */
const COLOURS = {
  bg: "#ffffff",
  text: "#1b1f24",
  muted: "#4a5360",
  border: "#c9d1da",
  accent: "#0b5cad",
  kind: { concept: "#0b5cad", term: "#1f6f43", comparison: "#7232d9" } satisfies Record<EntryKind, string>,
};

/** The site's favicon, drawn beside the site name. */
const LOGO = `data:image/svg+xml,${encodeURIComponent(readFileSync(new URL("../../public/favicon.svg", import.meta.url), "utf8"))}`;

/** Atkinson Hyperlegible (made for low-vision readers), Latin and Latin Extended, from its npm package. */
async function loadFonts(): Promise<Font[]> {
  const require = createRequire(import.meta.url);
  const file = (subset: string, weight: 400 | 700) =>
    require.resolve(
      `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`,
    );
  const fonts = [];
  for (const subset of ["latin", "latin-ext"])
    for (const weight of [400, 700] as const)
      fonts.push({
        name: "Atkinson Hyperlegible",
        weight,
        style: "normal" as const,
        data: await readFile(file(subset, weight)),
      });
  return fonts;
}

let fonts: Promise<Font[]> | undefined;

/** A satori element: the shape of a React element, without React. */
interface Node {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: string | Node | Node[];
    src?: string;
    width?: number;
    height?: number;
  };
}

const box = (style: Node["props"]["style"], children?: Node["props"]["children"]): Node => ({
  type: "div",
  props: { style: { display: "flex", ...style }, ...(children === undefined ? {} : { children }) },
});

/**
 * Title size and most lines, by length: short titles large, long ones smaller
 * and on up to three lines; what still does not fit ends with an ellipsis.
 * Each choice, with a four-line summary, leaves the footer in place.
 */
export function titleLayout(title: string): { fontSize: number; lines: number } {
  if (title.length <= 20) return { fontSize: 80, lines: 2 };
  if (title.length <= 40) return { fontSize: 64, lines: 2 };
  return { fontSize: 52, lines: 3 };
}

function card({ kind, title, summary, siteName }: CardText): Node {
  const kindColour = COLOURS.kind[kind];
  const titleFit = titleLayout(title);
  return box(
    {
      width: "100%",
      height: "100%",
      flexDirection: "column",
      background: COLOURS.bg,
      color: COLOURS.text,
      fontFamily: "Atkinson Hyperlegible",
    },
    [
      box({ height: 16, background: kindColour }),
      box(
        {
          flexGrow: 1,
          flexDirection: "column",
          padding: "40px 72px 0",
          flexShrink: 1,
          minHeight: 0,
          overflow: "hidden",
        },
        [
          box(
            {},
            box(
              {
                border: `3px solid ${kindColour}`,
                borderRadius: 999,
                padding: "4px 22px",
                color: kindColour,
                fontSize: 30,
                fontWeight: 700,
              },
              KINDS[kind].label,
            ),
          ),
          box(
            {
              display: "block",
              marginTop: 24,
              fontSize: titleFit.fontSize,
              fontWeight: 700,
              lineHeight: 1.1,
              lineClamp: titleFit.lines,
            },
            title,
          ),
          box(
            {
              display: "block",
              marginTop: 24,
              paddingLeft: 24,
              borderLeft: `6px solid ${COLOURS.accent}`,
              fontSize: 32,
              lineHeight: 1.3,
              color: COLOURS.muted,
              lineClamp: 4,
            },
            summary,
          ),
        ],
      ),
      box(
        {
          alignItems: "center",
          margin: "0 72px",
          padding: "20px 0 28px",
          borderTop: `2px solid ${COLOURS.border}`,
        },
        [
          { type: "img", props: { src: LOGO, width: 48, height: 48 } },
          box({ marginLeft: 18, fontSize: 32, fontWeight: 700, color: COLOURS.accent }, siteName),
        ],
      ),
    ],
  );
}

/** The card as a 1200×630 PNG. */
export async function renderCard(text: CardText): Promise<Buffer> {
  fonts ??= loadFonts();
  const svg = await satori(card(text), { ...SHARE_CARD_SIZE, fonts: await fonts });
  const image = await renderAsync(svg, { font: { loadSystemFonts: false }, fitTo: { mode: "original" } });
  return image.asPng();
}
