import type { APIRoute } from "astro";
import { toGlossaryJson } from "@/data/glossary-json";
import { getGlossary } from "@/data/glossary";

/** `/glossary.json`: every entry in a machine-readable form (shape and schema: src/data/glossary-json.ts). */
export const GET: APIRoute = async () => {
  const { entries } = await getGlossary();
  return new Response(JSON.stringify(toGlossaryJson(entries), null, 2), {
    headers: { "Content-Type": "application/json" },
  });
};
