/**
 * The diagrams an editor can place with `<Figure diagram="…">`, each with the
 * short name that labels its scrolling region. The drawings themselves are
 * Astro components in src/components/diagrams/, keyed by these names.
 */
export const DIAGRAMS = {
  "precision-vs-personalized": "Diagram: one size for all, subgroups, one person",
  "metabolizer-spectrum": "Diagram: the metabolizer spectrum",
  "germline-vs-somatic": "Diagram: germline and somatic variants",
  "profile-to-therapy": "Diagram: from tumor profile to targeted therapy",
  "pgx-result-to-prescription": "Diagram: from a gene result to a prescription",
  "ai-tool-lifecycle": "Diagram: the life of a medical AI tool",
} as const;

export type DiagramName = keyof typeof DIAGRAMS;

export const isDiagramName = (name: string): name is DiagramName => Object.hasOwn(DIAGRAMS, name);
