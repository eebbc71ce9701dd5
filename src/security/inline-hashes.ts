import { cspHash } from "./policy";

/** Script types a browser runs; anything else (JSON-LD) is data, which no policy governs. */
const RUNNABLE_TYPES = new Set(["", "module", "text/javascript", "application/javascript"]);

/** Hashes of the inline scripts and styles a page would run or apply. */
function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  for (const [, attributes = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase() ?? "";
    if (RUNNABLE_TYPES.has(type)) scripts.push(cspHash(body));
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => cspHash(m[1] ?? ""));
  return { scripts, styles };
}

/** The sources a policy allows for one directive (`script-src`, `style-src`), falling back to `default-src`. */
function directiveSources(policy: string, directive: string): Set<string> {
  const directives = new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources] as const),
  );
  return new Set(directives.get(directive) ?? directives.get("default-src") ?? []);
}

/** The `<meta http-equiv="content-security-policy">` of a page, unescaped; undefined when it has none. */
function metaPolicy(html: string): string | undefined {
  const content = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
  return content
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/**
 * Every inline script and style on a page that a policy would block: its hash
 * is missing from the page's own `<meta>` policy or from the header policy the
 * server sends. Inline `style` attributes are reported too: no policy here
 * allows them. One line per problem, naming the page, the policy and the hash.
 */
export function findUnhashedInline(page: string, html: string, headerPolicy: string): string[] {
  const meta = metaPolicy(html);
  if (!meta)
    return [`${page}: has no content security policy <meta>; is security.csp on in astro.config.mjs?`];
  const problems: string[] = [];
  const { scripts, styles } = inlineHashes(html);
  for (const [name, policy] of [
    ["the <meta> policy", meta],
    ["the header policy", headerPolicy],
  ] as const) {
    const scriptSources = directiveSources(policy, "script-src");
    const styleSources = directiveSources(policy, "style-src");
    for (const hash of scripts)
      if (!scriptSources.has(hash)) problems.push(`${page}: inline script ${hash} is not in ${name}`);
    for (const hash of styles)
      if (!styleSources.has(hash)) problems.push(`${page}: inline style ${hash} is not in ${name}`);
  }
  if (/<[a-z][^>]*\sstyle\s*=/i.test(html.replace(/<script\b[\s\S]*?<\/script>/gi, "")))
    problems.push(`${page}: has a style="…" attribute, which the policy blocks; use a class instead`);
  return problems;
}
