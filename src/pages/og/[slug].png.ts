import type { APIRoute, GetStaticPaths } from "astro";
import { getGlossary } from "@/data/glossary";
import { renderCard } from "@/og/render-card";
import { siteConfig } from "@/site.config";

/** `/og/<slug>.png`: every entry's share card, drawn at build time. Pages name it in `og:image`. */
export const getStaticPaths = (async () => {
  const { entries } = await getGlossary();
  return entries.map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));
}) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];

export const GET: APIRoute<Props> = async ({ props: { entry } }) => {
  const png = await renderCard({
    kind: entry.kind,
    title: entry.title,
    summary: entry.summary,
    siteName: siteConfig.name,
  });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
