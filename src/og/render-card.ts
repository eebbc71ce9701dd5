/**
 * Draws an entry's share card (the Open Graph image): kind, title, summary and
 * site name on a 1200×630 PNG. Satori lays the card out and turns its text into
 * SVG paths with the font below; resvg rasterises the SVG. Long titles get a
 * smaller size and both texts stop with an ellipsis, so nothing leaves the card.
 */
// Imports name their .ts files: Node runs this module directly in the share-card workers (card-worker.ts).
import { Resvg } from "@resvg/resvg-js";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import satori, { type Font } from "satori";
import { KINDS, type EntryKind } from "../shared/kinds.ts";
import { SHARE_CARD_SIZE } from "../data/share-card.ts";
import { PngCanvas, type RgbaImage } from "./png.ts";

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

/** Heights that put the title and summary on the same rows of every card (see TEXT_ROWS). */
const TOP_BAR = 16;
const PADDING_TOP = 40;
/** The kind label's natural height: 30 px text, 4 px padding and a 3 px border, above and below. */
const KIND_LABEL = 51;
/** The footer's natural height: the 48 px logo, 20 + 28 px padding and the 2 px divider. */
const FOOTER = 98;

/**
 * The rows that hold the title and summary. Everything above them (top bar,
 * kind label) and below (divider, logo, site name) is the same on every card of
 * a kind: the frame, drawn once per kind and site name.
 */
const TEXT_ROWS = { top: TOP_BAR + PADDING_TOP + KIND_LABEL, bottom: SHARE_CARD_SIZE.height - FOOTER };

/**
 * What a layout draws: the whole card (heights from its content, as the
 * reference the parts must match), its frame, or its text; the parts keep
 * empty boxes of fixed height in place of each other's, so each lands where it
 * is on the whole card.
 */
type CardPart = "whole" | "frame" | "text";

function card({ kind, title, summary, siteName }: CardText, part: CardPart): Node {
  const kindColour = COLOURS.kind[kind];
  const titleFit = titleLayout(title);
  const drawsFrame = part !== "text";
  const drawsText = part !== "frame";
  const fixedHeight = (height: number) =>
    part === "whole" ? {} : { height, boxSizing: "border-box" as const };
  return box(
    {
      width: "100%",
      height: "100%",
      flexDirection: "column",
      // The text's background is resvg's (see rasteriseText), so that its ink alone sets the area drawn.
      ...(drawsFrame ? { background: COLOURS.bg } : {}),
      color: COLOURS.text,
      fontFamily: "Atkinson Hyperlegible",
    },
    [
      box({ height: TOP_BAR, ...(drawsFrame ? { background: kindColour } : {}) }),
      box(
        {
          flexGrow: 1,
          flexDirection: "column",
          padding: `${PADDING_TOP}px 72px 0`,
          flexShrink: 1,
          minHeight: 0,
          // Drawn alone, the text is clipped to TEXT_ROWS instead.
          ...(drawsFrame ? { overflow: "hidden" } : {}),
        },
        [
          box(
            fixedHeight(KIND_LABEL),
            drawsFrame
              ? box(
                  {
                    border: `3px solid ${kindColour}`,
                    borderRadius: 999,
                    padding: "4px 22px",
                    color: kindColour,
                    fontSize: 30,
                    fontWeight: 700,
                  },
                  KINDS[kind].label,
                )
              : undefined,
          ),
          ...(drawsText
            ? [
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
              ]
            : []),
        ],
      ),
      box(
        {
          ...fixedHeight(FOOTER),
          alignItems: "center",
          margin: "0 72px",
          padding: "20px 0 28px",
          ...(drawsFrame ? { borderTop: `2px solid ${COLOURS.border}` } : {}),
        },
        drawsFrame
          ? [
              { type: "img", props: { src: LOGO, width: 48, height: 48 } },
              box({ marginLeft: 18, fontSize: 32, fontWeight: 700, color: COLOURS.accent }, siteName),
            ]
          : undefined,
      ),
    ],
  );
}

const RESVG_OPTIONS = { font: { loadSystemFonts: false }, fitTo: { mode: "original" } } as const;

/** Lays out the card, or a part of it, with satori: an SVG with its text as paths. */
async function layOut(text: CardText, part: CardPart): Promise<string> {
  fonts ??= loadFonts();
  return satori(card(text, part), { ...SHARE_CARD_SIZE, fonts: await fonts });
}

/** Draws an SVG synchronously: the cards are drawn on worker threads, and renderAsync's hand-over costs more than it frees. */
function rasterise(resvg: Resvg): RgbaImage {
  const image = resvg.render();
  // `pixels` copies the image each time it is read: once here.
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/** Frames drawn so far, by kind and site name. */
const frames = new Map<string, Promise<PngCanvas>>();

function frameOf(text: CardText): Promise<PngCanvas> {
  const key = JSON.stringify([text.kind, text.siteName]);
  let frame = frames.get(key);
  if (!frame) {
    frame = layOut(text, "frame").then((svg) =>
      PngCanvas.fromPixels(rasterise(new Resvg(svg, RESVG_OPTIONS))),
    );
    frames.set(key, frame);
  }
  return frame;
}

/**
 * Rasterises the title and summary, on the card's background, over only the
 * whole pixels around their ink (resvg's cost grows with the area drawn),
 * within TEXT_ROWS, which clip them as the frame's `overflow: hidden` would.
 */
function rasteriseText(svg: string): { image: RgbaImage; left: number; top: number } | undefined {
  const resvg = new Resvg(svg, { ...RESVG_OPTIONS, background: COLOURS.bg });
  const ink = resvg.innerBBox();
  if (!ink) return undefined;
  // A pixel more on each side, for the anti-aliased edge of a path that ends on a pixel's border.
  const left = Math.max(0, Math.floor(ink.x) - 1);
  const right = Math.min(SHARE_CARD_SIZE.width, Math.ceil(ink.x + ink.width) + 1);
  const top = Math.max(TEXT_ROWS.top, Math.floor(ink.y) - 1);
  const bottom = Math.min(TEXT_ROWS.bottom, Math.ceil(ink.y + ink.height) + 1);
  if (right <= left || bottom <= top) return undefined;
  // Whole pixels, so every pixel keeps its place (and its anti-aliasing) on the card.
  Object.assign(ink, { x: left, y: top, width: right - left, height: bottom - top });
  resvg.cropByBBox(ink);
  return { image: rasterise(resvg), left, top };
}

/**
 * The whole card as one SVG, laid out as it was before the frame and text
 * were drawn apart: the reference the unit tests compare the cards with.
 */
export function cardSvg(text: CardText): Promise<string> {
  return layOut(text, "whole");
}

/** The card as a 1200×630 PNG: its kind's frame with its title and summary drawn in. */
export async function renderCard(text: CardText): Promise<Buffer> {
  const frame = await frameOf(text);
  const drawn = rasteriseText(await layOut(text, "text"));
  return drawn ? frame.toPngWith(drawn.image, drawn.left, drawn.top) : frame.toPng();
}
