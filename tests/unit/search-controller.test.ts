import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FullTextPages } from "@/scripts/search/full-text";
import type { PagefindResultData } from "@/scripts/search/pagefind";
import {
  createSearchController,
  type SearchLoaders,
  type SearchSettings,
  type SearchView,
} from "@/scripts/search/search-controller";
import type { SearchTerm } from "@/search/term-match";

const SETTINGS: SearchSettings = { debounceMs: 100, graceMs: 30, maxEntries: 5 };

const TERMS: SearchTerm[] = [
  { t: "Pharmacogenomics", a: ["PGx"], k: "Concept", u: "/concepts/pharmacogenomics/", s: "" },
  { t: "Warfarin", a: [], k: "Term", u: "/glossary/warfarin/", s: "", y: ["blood thinning pill"] },
  { t: "Precision vs personalized medicine", a: [], k: "Comparison", u: "/compare/p-vs-p/", s: "" },
];

/** A promise resolved or rejected when the test says so. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const page = (url: string): PagefindResultData => ({
  url,
  excerpt: "",
  meta: { title: url },
  filters: {},
  sub_results: [],
});
const pages = (...urls: string[]): FullTextPages => ({ pages: urls.map(page), partial: false });

/** Fake loaders answered by hand, and a view that writes down what it was asked to show. */
function setUp() {
  const terms = deferred<SearchTerm[]>();
  const searches: Array<{ query: string; kind: string } & ReturnType<typeof deferred<FullTextPages>>> = [];
  let termLoads = 0;
  const loaders: SearchLoaders = {
    loadTerms: () => {
      termLoads++;
      return terms.promise;
    },
    searchText: (query, kind) => {
      const search = { query, kind, ...deferred<FullTextPages>() };
      searches.push(search);
      return search.promise;
    },
  };
  const shown: string[] = [];
  const view: SearchView = {
    clear: () => shown.push("clear"),
    showEntries: ({ query, matches }) =>
      shown.push(`entries "${query}": ${matches.map((m) => m.term.t).join(", ")}`),
    showPending: ({ query }) => shown.push(`pending "${query}"`),
    showFullText: ({ query, found, failed }) =>
      shown.push(`full text "${query}": ${failed ? "failed" : found.pages.map((p) => p.url).join(", ")}`),
    searched: ({ query, kind }) => shown.push(`searched "${query}" ${kind || "all"}`),
  };
  const controller = createSearchController(loaders, view, SETTINGS);
  return { terms, searches, shown, controller, termLoads: () => termLoads };
}

/** Lets resolved promises run their callbacks (and timers that are due), without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

/** Whether a promise has settled, read without waiting for it. */
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await settle();
  return settled;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("search controller: typing", () => {
  it("shows matching entries at once and searches the full text only after the pause in typing", async () => {
    const { terms, searches, shown, controller } = setUp();
    terms.resolve(TERMS);
    void controller.type({ query: "pgx", kind: "" });
    await settle();
    expect(shown).toEqual(['entries "pgx": Pharmacogenomics']);
    await vi.advanceTimersByTimeAsync(SETTINGS.debounceMs - 1);
    expect(searches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(searches.map((s) => s.query)).toEqual(["pgx"]);
    searches[0]!.resolve(pages("/concepts/pharmacogenomics/"));
    await settle();
    expect(shown).toEqual([
      'entries "pgx": Pharmacogenomics',
      'searched "pgx" all',
      'full text "pgx": /concepts/pharmacogenomics/',
    ]);
  });

  it("counts the pause from the keystroke, not from the term list's arrival", async () => {
    const { terms, searches, shown, controller } = setUp();
    void controller.type({ query: "pgx", kind: "" });
    await vi.advanceTimersByTimeAsync(SETTINGS.debounceMs);
    expect(shown).toEqual([]);
    terms.resolve(TERMS);
    await settle();
    expect(shown).toEqual(['entries "pgx": Pharmacogenomics', 'searched "pgx" all']);
    expect(searches.map((s) => s.query)).toEqual(["pgx"]);
  });

  it("searches the full text once for a burst of keystrokes, for the last query only", async () => {
    const { terms, searches, shown, controller } = setUp();
    terms.resolve(TERMS);
    for (const query of ["w", "wa", "war", "warf"]) {
      void controller.type({ query, kind: "" });
      await vi.advanceTimersByTimeAsync(SETTINGS.debounceMs / 2);
    }
    await vi.advanceTimersByTimeAsync(SETTINGS.debounceMs);
    expect(searches.map((s) => s.query)).toEqual(["warf"]);
    expect(shown.filter((line) => line.startsWith("entries")).map((line) => line.split(":")[0])).toEqual([
      'entries "w"',
      'entries "wa"',
      'entries "war"',
      'entries "warf"',
    ]);
  });

  it("announces that the full text is on its way only when it takes longer than the grace", async () => {
    const { terms, searches, shown, controller } = setUp();
    terms.resolve(TERMS);
    void controller.type({ query: "pgx", kind: "" });
    await vi.advanceTimersByTimeAsync(SETTINGS.debounceMs + SETTINGS.graceMs - 1);
    expect(shown).not.toContain('pending "pgx"');
    await vi.advanceTimersByTimeAsync(1);
    expect(shown.at(-1)).toBe('pending "pgx"');
    searches[0]!.resolve(pages("/a/"));
    await settle();
    expect(shown.at(-1)).toBe('full text "pgx": /a/');
  });

  it("drops entries for an older query when the term list arrives after a newer keystroke", async () => {
    const { terms, shown, controller } = setUp();
    void controller.type({ query: "w", kind: "" });
    void controller.type({ query: "warfarin", kind: "" });
    terms.resolve(TERMS);
    await settle();
    expect(shown).toEqual(['entries "warfarin": Warfarin']);
  });

  it("never lets a late full-text answer to an older query overwrite a newer one", async () => {
    const { terms, searches, shown, controller } = setUp();
    terms.resolve(TERMS);
    void controller.type({ query: "pgx", kind: "" });
    // Past the grace: the older search is already waiting for its full text.
    await vi.advanceTimersByTimeAsync(SETTINGS.debounceMs + SETTINGS.graceMs);
    expect(shown.at(-1)).toBe('pending "pgx"');
    void controller.type({ query: "warfarin", kind: "" });
    await vi.advanceTimersByTimeAsync(SETTINGS.debounceMs);
    expect(searches.map((s) => s.query)).toEqual(["pgx", "warfarin"]);
    searches[1]!.resolve(pages("/glossary/warfarin/"));
    await settle();
    searches[0]!.resolve(pages("/concepts/pharmacogenomics/"));
    await vi.advanceTimersByTimeAsync(SETTINGS.graceMs);
    expect(shown.filter((line) => line.startsWith("full text"))).toEqual([
      'full text "warfarin": /glossary/warfarin/',
    ]);
    expect(shown.at(-1)).toBe('full text "warfarin": /glossary/warfarin/');
  });

  it("drops the answer for the old kind when the reader picks another kind", async () => {
    const { terms, searches, shown, controller } = setUp();
    terms.resolve(TERMS);
    void controller.run({ query: "medicine", kind: "" });
    await settle();
    void controller.run({ query: "medicine", kind: "Comparison" });
    await settle();
    expect(searches.map((s) => s.kind)).toEqual(["", "Comparison"]);
    searches[1]!.resolve(pages("/compare/p-vs-p/"));
    searches[0]!.resolve(pages("/concepts/precision-medicine/"));
    await vi.advanceTimersByTimeAsync(SETTINGS.graceMs);
    expect(shown.filter((line) => line.startsWith("full text"))).toEqual([
      'full text "medicine": /compare/p-vs-p/',
    ]);
  });

  it("sends Pagefind the lay phrase replaced by its entry's title", async () => {
    const { terms, searches, controller } = setUp();
    terms.resolve(TERMS);
    void controller.run({ query: "blood thinning pill", kind: "" });
    await settle();
    expect(searches.map((s) => s.query)).toEqual(["warfarin"]);
  });
});

describe("search controller: empty query", () => {
  it("clears the results at once and loads nothing", async () => {
    const { searches, shown, controller, termLoads } = setUp();
    void controller.type({ query: "", kind: "" });
    await settle();
    expect(shown).toEqual(['searched "" all', "clear"]);
    await vi.advanceTimersByTimeAsync(SETTINGS.debounceMs * 2);
    expect(searches).toHaveLength(0);
    expect(termLoads()).toBe(0);
  });

  it("clearing the box drops the answers still on their way for what it held", async () => {
    const { terms, searches, shown, controller } = setUp();
    terms.resolve(TERMS);
    void controller.type({ query: "pgx", kind: "" });
    await vi.advanceTimersByTimeAsync(SETTINGS.debounceMs);
    void controller.type({ query: "", kind: "" });
    searches[0]!.resolve(pages("/a/"));
    await vi.advanceTimersByTimeAsync(SETTINGS.graceMs);
    expect(shown.at(-1)).toBe("clear");
    expect(shown.filter((line) => line.startsWith("full text"))).toEqual([]);
  });
});

describe("search controller: run (page load, kind change)", () => {
  it("shows entries and full text together when the full text comes within the grace", async () => {
    const { terms, searches, shown, controller } = setUp();
    terms.resolve(TERMS);
    void controller.run({ query: "pgx", kind: "" });
    await settle();
    expect(shown).toEqual(['searched "pgx" all']);
    searches[0]!.resolve(pages("/a/"));
    await settle();
    expect(shown).toEqual(['searched "pgx" all', 'entries "pgx": Pharmacogenomics', 'full text "pgx": /a/']);
  });

  it("shows entries on their own after the grace when the full text is slow", async () => {
    const { terms, searches, shown, controller } = setUp();
    terms.resolve(TERMS);
    void controller.run({ query: "pgx", kind: "" });
    await vi.advanceTimersByTimeAsync(SETTINGS.graceMs);
    expect(shown).toEqual(['searched "pgx" all', 'entries "pgx": Pharmacogenomics', 'pending "pgx"']);
    searches[0]!.resolve(pages("/a/"));
    await settle();
    expect(shown.at(-1)).toBe('full text "pgx": /a/');
  });
});

describe("search controller: loader failures", () => {
  it("a term list that fails to load leaves the full text to answer", async () => {
    const { terms, searches, shown, controller } = setUp();
    terms.reject(new Error("offline"));
    void controller.run({ query: "warfarin", kind: "" });
    await settle();
    searches[0]!.resolve(pages("/glossary/warfarin/"));
    await settle();
    expect(shown).toEqual([
      'searched "warfarin" all',
      'entries "warfarin": ',
      'full text "warfarin": /glossary/warfarin/',
    ]);
  });

  it("a full-text search that fails still shows the entries and says it failed", async () => {
    const { terms, searches, shown, controller } = setUp();
    terms.resolve(TERMS);
    void controller.run({ query: "pgx", kind: "" });
    await settle();
    searches[0]!.reject(new Error("no index"));
    await settle();
    expect(shown).toEqual([
      'searched "pgx" all',
      'entries "pgx": Pharmacogenomics',
      'full text "pgx": failed',
    ]);
  });
});

describe("search controller: Enter", () => {
  it("with an empty box opens nothing", async () => {
    const { controller } = setUp();
    expect(await controller.enter()).toBe(false);
    void controller.type({ query: "", kind: "" });
    expect(await controller.enter()).toBe(false);
  });

  it("after the results are on screen opens at once", async () => {
    const { terms, searches, controller } = setUp();
    terms.resolve(TERMS);
    void controller.type({ query: "pgx", kind: "" });
    await vi.advanceTimersByTimeAsync(SETTINGS.debounceMs);
    searches[0]!.resolve(pages("/a/"));
    await settle();
    expect(await controller.enter()).toBe(true);
  });

  it("before the entries are known waits for them, then opens an entry without waiting for the full text", async () => {
    const { terms, searches, shown, controller } = setUp();
    void controller.type({ query: "pgx", kind: "" });
    const enter = controller.enter();
    expect(await isSettled(enter)).toBe(false);
    terms.resolve(TERMS);
    expect(await isSettled(enter)).toBe(true);
    expect(await enter).toBe(true);
    expect(shown[0]).toBe('entries "pgx": Pharmacogenomics');
    expect(shown.filter((line) => line.startsWith("full text"))).toEqual([]);
    // Enter ended the pause: the full text is already on its way.
    expect(searches.map((s) => s.query)).toEqual(["pgx"]);
  });

  it("when no entry matches, searches the full text without the pause and opens once it is on screen", async () => {
    const { terms, searches, shown, controller } = setUp();
    terms.resolve(TERMS);
    void controller.type({ query: "breathing problems", kind: "" });
    await settle();
    const enter = controller.enter();
    await settle();
    expect(searches.map((s) => s.query)).toEqual(["breathing problems"]);
    expect(await isSettled(enter)).toBe(false);
    searches[0]!.resolve(pages("/glossary/codeine/"));
    expect(await enter).toBe(true);
    expect(shown.at(-1)).toBe('full text "breathing problems": /glossary/codeine/');
  });

  it("when the reader types on while Enter waits, opens nothing", async () => {
    const { terms, searches, controller } = setUp();
    terms.resolve(TERMS);
    void controller.type({ query: "breathing", kind: "" });
    await settle();
    const enter = controller.enter();
    await settle();
    void controller.type({ query: "breathing problems", kind: "" });
    searches[0]!.resolve(pages("/a/"));
    expect(await enter).toBe(false);
  });

  it("when the reader changes the kind while Enter waits for the entries, opens nothing", async () => {
    const { terms, controller } = setUp();
    void controller.type({ query: "pgx", kind: "" });
    const enter = controller.enter();
    void controller.run({ query: "pgx", kind: "Term" });
    terms.resolve(TERMS);
    expect(await enter).toBe(false);
  });

  it("when the full-text search fails and no entry matches, still settles (with nothing to open)", async () => {
    const { terms, searches, shown, controller } = setUp();
    terms.resolve(TERMS);
    void controller.type({ query: "zzz", kind: "" });
    await settle();
    const enter = controller.enter();
    await settle();
    searches[0]!.reject(new Error("no index"));
    expect(await enter).toBe(true);
    expect(shown.at(-1)).toBe('full text "zzz": failed');
  });
});
