import type { DiagramName } from "@/data/figures";
import MetabolizerSpectrum from "./MetabolizerSpectrum.astro";

/** What `<Figure>` gives every drawing: the figure's id, its text alternative, and its region's name. */
export interface DiagramProps {
  id: string;
  title: string;
  label: string;
}

/** The drawing behind each diagram name; a name in src/data/figures.ts without a drawing here fails `astro check`. */
export const DIAGRAM_COMPONENTS = {
  "metabolizer-spectrum": MetabolizerSpectrum,
} satisfies Record<DiagramName, (props: DiagramProps) => unknown>;
