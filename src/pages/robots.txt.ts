import type { APIRoute } from "astro";
import { robotsTxt } from "@/data/robots";

/** `/robots.txt`: crawling rules and the sitemap's address (see src/data/robots.ts). */
export const GET: APIRoute = () => new Response(robotsTxt(), { headers: { "Content-Type": "text/plain" } });
