import type { GlossaryEntry } from "./entry";
import { KINDS } from "../shared/kinds.ts";

/** Size of every share card, in pixels: the Open Graph size most sites crop least (1.91:1). */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a page says about its share card: `og:image` and its size and text alternative. */
export interface ShareCardMeta {
  /** Site-relative path of the PNG, without the base path: `/og/cyp2d6.png`. */
  path: string;
  /** The card's text alternative (`og:image:alt`): what it shows, in reading order. */
  alt: string;
  width: number;
  height: number;
}

/** Site-relative path of an entry's share card. Slugs are unique across kinds, so one folder holds them all. */
export function shareCardPath(slug: string): string {
  return `/og/${slug}.png`;
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** The share card of an entry, as its page's meta tags describe it. */
export function shareCardMeta(
  entry: Pick<GlossaryEntry, "kind" | "slug" | "title" | "summary">,
  siteName: string,
): ShareCardMeta {
  return {
    path: shareCardPath(entry.slug),
    alt: `${KINDS[entry.kind].label}: ${entry.title}. ${sentence(entry.summary)} ${siteName}`,
    ...SHARE_CARD_SIZE,
  };
}
