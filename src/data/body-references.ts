/**
 * Finds the ids an MDX body refers to through `<Cite id="…" />` and
 * `<Term id="…">`. Read from the source text so that the build can name the
 * editor's file when an id is wrong.
 */
function idsOf(component: string, body: string): string[] {
  const pattern = new RegExp(`<${component}\\b[^>]*?\\bid\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g");
  const ids: string[] = [];
  for (const match of body.matchAll(pattern)) {
    const id = match[1] ?? match[2] ?? "";
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Source ids cited with `<Cite id="…" />`, first mention first. */
export const citedSourceIds = (body: string): string[] => idsOf("Cite", body);

/** Entry slugs linked with `<Term id="…">`, first mention first. */
export const linkedTermIds = (body: string): string[] => idsOf("Term", body);
