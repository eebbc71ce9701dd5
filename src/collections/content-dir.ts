import { resolve } from "node:path";

/**
 * Where editors' files live, as an absolute path: the top-level `content/`, or
 * the fixture or generated folder that tests and benchmarks name in
 * `GLOSSARY_CONTENT_DIR`. Relative paths resolve against the folder the build
 * runs in (the project root, for every npm script).
 */
export const contentDir = resolve(process.env["GLOSSARY_CONTENT_DIR"] ?? "content");
