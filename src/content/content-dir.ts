/**
 * Where editors' files live. Tests and benchmarks point this at a fixture or
 * generated folder; everyone else uses the top-level `content/`.
 */
export const contentDir = process.env["GLOSSARY_CONTENT_DIR"] ?? "./content";
