import type { Element, ElementContent, Properties } from "hast";
import type { Options as RemarkRehypeOptions } from "remark-rehype";
import { EditorError } from "../collections/editor-error";
import { stringAttribute, type JsxElement } from "./mdx-elements";

/**
 * Turns the MDX elements of an entry body into HTML, as remark-rehype
 * handlers: the site's MDX has no JavaScript, only these elements, so a body
 * becomes an HTML string in the content layer rather than a compiled module.
 *
 * - `<Cite id>`: a numbered marker linking to the source in the page's list;
 * - `<Term id>`: a link to an entry, carrying its title and summary for the preview card;
 * - `<NoTermLink>`: its text, kept from the term linker (which ran before);
 * - `<Figure diagram alt>`: a `<figure>` holding the caption, swapped for the
 *   diagram's Astro component when the page is rendered (see `splitFigures`).
 */

/** What the handlers need to know about the page being rendered, set on the file's data. */
export interface BodyContext {
  /** The number of a cited source on this page: [1], [2]… */
  citationNumber(id: string): number;
  /** The anchor of a source in this page's reference list. */
  referenceAnchor(id: string): string;
  /** Where an entry lives and what its preview shows; undefined for an unknown slug (the content check reports it). */
  termLink(slug: string): { href: string; title: string; summary: string } | undefined;
}

type Handlers = NonNullable<RemarkRehypeOptions["handlers"]>;
type Handler = NonNullable<Handlers["mdxJsxTextElement"]>;
type State = Parameters<Handler>[0];
type Positioned = { position?: { start: { line: number; column: number } } | undefined };

/** The file the handlers are rendering, and its context. */
function fileOf(state: State): { path: string; context: BodyContext } {
  const file = state.options.file;
  const context = (file?.data as { bodyContext?: BodyContext } | undefined)?.bodyContext;
  if (!file || !context) throw new Error("MDX elements are rendered only by the entry body renderer.");
  return { path: file.path, context };
}

const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});

const text = (value: string): ElementContent => ({ type: "text", value });

/** An error at a line of the editor's file (the body keeps the frontmatter's lines as blanks). */
function editorError(path: string, node: Positioned, problem: string, fix: string): EditorError {
  const at = node.position ? `:${node.position.start.line}:${node.position.start.column}` : "";
  return new EditorError(`${path}${at}: ${problem}\nFix: ${fix}`);
}

/** An attribute the element cannot do without. */
function requiredAttribute(state: State, node: JsxElement, name: string): string {
  const value = stringAttribute(node, name);
  if (value === undefined)
    throw editorError(
      fileOf(state).path,
      node,
      `<${node.name}> has no ${name}="…".`,
      `write it as <${node.name} ${name}="…">, with the value in quotes.`,
    );
  return value;
}

/** `<Cite id>`: [n] in a superscript; a word joiner (U+2060) keeps it on the line of the word before it. */
function cite(state: State, node: JsxElement): Element {
  const id = requiredAttribute(state, node, "id");
  const { context } = fileOf(state);
  const number = context.citationNumber(id);
  const anchor = context.referenceAnchor(id);
  return element("sup", { className: ["cite"], dataPagefindIgnore: true }, [
    text("\u2060"),
    element(
      "a",
      {
        className: ["cite-marker"],
        href: `#${anchor}`,
        dataPreviewRef: anchor,
        dataPreviewTitle: `Source ${number}`,
      },
      [
        text("["),
        element("span", { className: ["visually-hidden"] }, [text("Source ")]),
        text(String(number)),
        text("]"),
      ],
    ),
  ]);
}

/** `<Term id>text</Term>`: a link with its preview's title and summary; the text defaults to the entry's title. */
function term(state: State, node: JsxElement): ElementContent | ElementContent[] {
  const id = requiredAttribute(state, node, "id");
  const children = state.all(node);
  const target = fileOf(state).context.termLink(id);
  // An unknown slug fails the content check with its own message; until then, the words stay.
  if (!target) return children;
  return element(
    "a",
    {
      className: ["term-link"],
      href: target.href,
      dataPreviewTitle: target.title,
      dataPreviewSummary: target.summary,
    },
    children.length > 0 ? children : [text(target.title)],
  );
}

/** `<Figure>`: a placeholder `<figure>` with the diagram's name and text alternative, around its caption. */
function figure(state: State, node: JsxElement): Element {
  return element(
    "figure",
    {
      dataDiagram: stringAttribute(node, "diagram")?.trim() ?? "",
      dataAlt: stringAttribute(node, "alt")?.trim() ?? "",
    },
    state.all(node),
  );
}

const ELEMENTS: Record<string, (state: State, node: JsxElement) => ElementContent | ElementContent[]> = {
  Cite: cite,
  Term: term,
  NoTermLink: (state, node) => state.all(node),
  Figure: figure,
};

const ELEMENT_NAMES = Object.keys(ELEMENTS)
  .map((name) => `<${name}>`)
  .join(", ");

const jsxElement = (state: State, node: JsxElement) => {
  const render = node.name ? ELEMENTS[node.name] : undefined;
  if (!render)
    throw editorError(
      fileOf(state).path,
      node,
      `<${node.name ?? ""}> is not an element this site knows.`,
      `use Markdown, or one of ${ELEMENT_NAMES}; write a literal < in text as &lt;.`,
    );
  return render(state, node);
};

/** The handlers for remark-rehype. MDX's JavaScript (imports, exports, `{expressions}`) has no place in an entry; comments do. */
export const mdxHandlers: Handlers = {
  mdxJsxFlowElement: jsxElement,
  mdxJsxTextElement: jsxElement,
  mdxjsEsm: (state: State, node: Positioned) => {
    throw editorError(
      fileOf(state).path,
      node,
      "an entry body takes no import or export lines.",
      `delete the line: ${ELEMENT_NAMES} are always available.`,
    );
  },
  mdxFlowExpression: expression,
  mdxTextExpression: expression,
};

// An MDX comment (an expression holding only a /* … */ comment) is dropped; any other expression is an error.
function expression(state: State, node: Positioned & { value: string }): undefined {
  if (/^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(node.value)) return undefined;
  throw editorError(
    fileOf(state).path,
    node,
    "curly braces start a JavaScript expression, which an entry body cannot have.",
    "write a literal { or } in text as \\{ or \\}; a comment is {/* like this */}.",
  );
}
