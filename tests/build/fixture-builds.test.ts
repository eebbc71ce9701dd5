/**
 * Real builds of fixture sites, one after another (they share Astro's working
 * folder). Each folder in tests/fixtures/bad-input holds one defect, laid over
 * the small valid site in tests/fixtures/content-base: building it must fail,
 * naming the file, the field and the fix. And the real content must also work
 * when the site is served under a sub-path.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBrokenLinks } from "../gates/links";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = join(root, "tests/fixtures");
const workDir = mkdtempSync(join(tmpdir(), "glossary-bad-input-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The environment without what vitest itself sets (BASE_URL, MODE, NODE_ENV=test…), which would leak into Astro. */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key),
  ),
);

/** Runs `npm run build` of the project with the given content folder, into `site`/dist. */
function build(site: string, contentDir: string, env: Record<string, string> = {}) {
  return buildInto(join(site, "dist"), join(site, "cache"), contentDir, env);
}

/**
 * Runs `npm run build` (Astro, then the search index and the swap) with the given
 * content folder into the given output and cache folders.
 */
function buildInto(outDir: string, cacheDir: string, contentDir: string, env: Record<string, string> = {}) {
  const result = spawnSync("npm", ["run", "--silent", "build"], {
    cwd: root,
    encoding: "utf8",
    env: {
      ...cleanEnv,
      GLOSSARY_CONTENT_DIR: contentDir,
      GLOSSARY_OUT_DIR: outDir,
      GLOSSARY_CACHE_DIR: cacheDir,
      NO_COLOR: "1",
      FORCE_COLOR: "0",
      ...env,
    },
  });
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  return { status: result.status, output };
}

/** A fingerprint of every file under a folder: names and contents. */
function fingerprint(dir: string): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) hash.update(name).update(readFileSync(path));
  }
  return hash.digest("hex");
}

/** Builds content-base with the named fixture on top; returns the exit code, everything printed, and the content's fingerprint before and after. */
function buildWith(fixture: string | undefined) {
  const site = join(workDir, fixture ?? "valid");
  const content = join(site, "content");
  cpSync(join(fixtures, "content-base"), content, { recursive: true });
  if (fixture) cpSync(join(fixtures, "bad-input", fixture), content, { recursive: true });
  const contentBefore = fingerprint(content);
  return { ...build(site, content), contentBefore, contentAfter: fingerprint(content) };
}

describe("the build", () => {
  it("succeeds on the valid base fixture, so each failure below comes from its one defect", () => {
    const { status, output } = buildWith(undefined);
    expect(output).not.toContain("Content check failed");
    expect(status).toBe(0);
  });

  const cases: Array<{ fixture: string; proves: string; expected: string[] }> = [
    {
      fixture: "summary-too-long",
      proves: "a summary over 200 characters",
      expected: [
        "terms/alpha-term.mdx",
        "summary",
        "keep the summary to at most 200 characters",
        "(it has 21",
      ],
    },
    {
      fixture: "bad-reviewed-date",
      proves: "a reviewed date that is not a date",
      expected: ["terms/alpha-term.mdx", "reviewed", "YYYY-MM-DD"],
    },
    {
      fixture: "unknown-related",
      proves: "a related slug that no entry has",
      expected: [
        "terms/alpha-term.mdx",
        'field "related": no entry has the slug "precision-medicin" (did you mean "precision-medicine"?)',
        "Fix: use the file name of an existing entry",
      ],
    },
    {
      fixture: "unknown-parent",
      proves: "a broader parent that no entry has",
      expected: [
        "terms/alpha-term.mdx",
        'field "broader": no entry has the slug "precision-medicin" (did you mean "precision-medicine"?)',
        "Fix: use the file name of an existing entry",
      ],
    },
    {
      fixture: "broader-cycle",
      proves: "parents that run in a circle",
      expected: [
        "terms/alpha-term.mdx",
        'field "broader": the parents run in a circle: alpha-term → beta-term → alpha-term',
        "Fix: remove one of these `broader` links",
      ],
    },
    {
      fixture: "unknown-source",
      proves: "a frontmatter source id missing from the bibliography",
      expected: [
        "terms/alpha-term.mdx",
        'field "sources": no source has the id "fixture-agency-pag"',
        "Fix: use an id from content/sources.yaml",
      ],
    },
    {
      fixture: "unknown-cite",
      proves: "a <Cite> id missing from the bibliography",
      expected: [
        "terms/alpha-term.mdx",
        'field "<Cite id> in the body": no source has the id "no-such-source"',
        "Fix:",
      ],
    },
    {
      fixture: "unknown-term-link",
      proves: "a <Term> id that no entry has",
      expected: [
        "terms/alpha-term.mdx",
        'field "<Term id> in the body": no entry has the slug "no-such-entry"',
        "Fix:",
      ],
    },
    {
      fixture: "figure-without-alt",
      proves: "a <Figure> without a text alternative",
      expected: [
        "terms/alpha-term.mdx",
        'field "<Figure diagram="metabolizer-spectrum">": the figure has no text alternative',
        'Fix: add alt="…"',
      ],
    },
    {
      fixture: "figure-without-caption",
      proves: "a <Figure> without a caption",
      expected: [
        "terms/alpha-term.mdx",
        'field "<Figure diagram="metabolizer-spectrum">": the figure has no caption',
        "Fix: write the caption between <Figure …> and </Figure>",
      ],
    },
    {
      fixture: "duplicate-slug",
      proves: "one slug used by a concept and a term",
      expected: [
        "terms/precision-medicine.mdx",
        'field "file name": slug "precision-medicine" is already used by',
        "concepts/precision-medicine.mdx",
        "Fix: rename one of the two files",
      ],
    },
    {
      fixture: "duplicate-alias",
      proves: "an alias shared by two entries",
      expected: [
        "terms/beta-term.mdx",
        'field "aliases": alias "At" is also an alias of',
        "Fix: keep the alias on one entry only",
      ],
    },
    {
      fixture: "bad-file-name",
      proves: "a file name that is not a URL slug",
      expected: [
        "terms/Beta_Term.mdx",
        'field "file name": "Beta_Term" is not a valid slug',
        'rename the file to "beta-term.mdx"',
      ],
    },
    {
      fixture: "mdx-syntax",
      proves: "an unclosed tag in an MDX body",
      expected: [
        "terms/alpha-term.mdx:13:",
        "Expected a closing tag for `<span>`",
        "Fix: correct the MDX there",
      ],
    },
    {
      fixture: "frontmatter-yaml",
      proves: "a YAML syntax error in an entry's frontmatter",
      expected: [
        "terms/alpha-term.mdx:6: the frontmatter (between the two --- lines) is not valid YAML",
        "missed comma",
        "Fix: correct that line or the one before it",
      ],
    },
    {
      fixture: "yaml-syntax",
      proves: "a YAML syntax error in the bibliography",
      expected: [
        "sources.yaml: the YAML could not be read.",
        "Missing closing",
        "Fix: correct the line shown",
      ],
    },
    {
      fixture: "duplicate-source-id",
      proves: "a source id used twice in the bibliography",
      expected: [
        "sources.yaml, record 3",
        'field "id" repeats "fixture-agency-page" from record 1',
        "give one of them another id",
      ],
    },
    {
      fixture: "insecure-source-url",
      proves: "a source URL that is not https",
      expected: ["sources → fixture-agency-page", "use an https URL"],
    },
    {
      fixture: "milestone-unknown-source",
      proves: "a timeline record citing a missing source",
      expected: [
        'milestones.yaml (record "2001-fixture-event")',
        'field "sources": no source has the id "fixture-agency-pages"',
      ],
    },
    {
      fixture: "synonym-unknown-entry",
      proves: "a synonyms record whose id is no entry's slug",
      expected: [
        'synonyms.yaml (record "precision-medicin")',
        'field "id": no entry has the slug "precision-medicin" (did you mean "precision-medicine"?)',
        "Fix: set id to the file name (without .mdx) of the entry the phrases lead to",
      ],
    },
  ];

  for (const { fixture, proves, expected } of cases) {
    it(`fails on ${proves}, naming the file, the field and the fix (${fixture})`, () => {
      const { status, output, contentBefore, contentAfter } = buildWith(fixture);
      expect(status, output).not.toBe(0);
      for (const text of expected) expect(output, output).toContain(text);
      // The editor's message is the end of the output: no stack trace after it, nothing that buries it.
      const tail = output.trimEnd().split("\n").slice(-15).join("\n");
      if (output.includes("Content check failed")) {
        expect(tail).toContain("Content check failed");
        expect(tail).not.toContain("Stack trace");
      }
      // The editor's files are read, never rewritten, even by a failed build.
      expect(contentAfter).toBe(contentBefore);
    });
  }
});

describe("a failed build", () => {
  // One good build, then failed builds of each kind into the same folder: the good output must survive them all.
  const site = join(workDir, "last-good");
  const outDir = join(site, "dist");
  const contentFor = (fixture?: string) => {
    const content = join(site, fixture ?? "good", "content");
    cpSync(join(fixtures, "content-base"), content, { recursive: true });
    if (fixture) cpSync(join(fixtures, "bad-input", fixture), content, { recursive: true });
    return content;
  };
  let good = "";

  beforeAll(() => {
    const { status, output } = buildInto(outDir, join(site, "cache"), contentFor());
    expect(status, output).toBe(0);
    good = fingerprint(outDir);
  });

  const kinds = [
    { kind: "a content check", fixture: "unknown-related" },
    { kind: "a schema error", fixture: "summary-too-long" },
    { kind: "an MDX syntax error", fixture: "mdx-syntax" },
    { kind: "a YAML syntax error", fixture: "yaml-syntax" },
    { kind: "a failed search index", fixture: undefined, pagefindFails: true },
  ];
  for (const { kind, fixture, pagefindFails } of kinds) {
    it(`stopped by ${kind} leaves the last good dist/ byte for byte`, () => {
      const env: Record<string, string> = pagefindFails
        ? { NODE_OPTIONS: `--import ${join(fixtures, "failing-pagefind/register.mjs")}` }
        : {};
      const { status, output } = buildInto(outDir, join(site, "cache"), contentFor(fixture), env);
      expect(status, output).not.toBe(0);
      if (pagefindFails) expect(output).toContain("the search index could not be created");
      expect(fingerprint(outDir)).toBe(good);
    });
  }
});

describe("a build under a sub-path", () => {
  it("prefixes every internal link with the base path, so the site works as a project page", () => {
    const site = join(workDir, "sub-path");
    const { status, output } = build(site, join(root, "content"), {
      SITE_URL: "https://example.org",
      SITE_BASE: "/pm-glossary/",
    });
    expect(status, output).toBe(0);
    expect(findBrokenLinks(join(site, "dist"), "https://example.org", "/pm-glossary/")).toEqual([]);
    const page = readFileSync(join(site, "dist/concepts/pharmacogenomics/index.html"), "utf8");
    expect(page).toContain(
      '<link rel="canonical" href="https://example.org/pm-glossary/concepts/pharmacogenomics/">',
    );
    // Browser scripts get the base path too (search loads /pm-glossary/pagefind/…).
    const scripts = readdirSync(join(site, "dist/_astro")).filter((name) => name.endsWith(".js"));
    expect(
      scripts.some((name) => readFileSync(join(site, "dist/_astro", name), "utf8").includes("/pm-glossary/")),
    ).toBe(true);
  });
});
