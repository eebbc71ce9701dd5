import type { DiagramName } from "@/data/figures";
import AiToolLifecycle from "./AiToolLifecycle.astro";
import GermlineVsSomatic from "./GermlineVsSomatic.astro";
import MetabolizerSpectrum from "./MetabolizerSpectrum.astro";
import ProfileToTherapy from "./ProfileToTherapy.astro";
import PgxResultToPrescription from "./PgxResultToPrescription.astro";
import PrecisionVsPersonalized from "./PrecisionVsPersonalized.astro";

/** What `<Figure>` gives every drawing: the figure's id, its text alternative, and its region's name. */
export interface DiagramProps {
  id: string;
  title: string;
  label: string;
}

/** The drawing behind each diagram name; a name in src/data/figures.ts without a drawing here fails `astro check`. */
export const DIAGRAM_COMPONENTS = {
  "precision-vs-personalized": PrecisionVsPersonalized,
  "metabolizer-spectrum": MetabolizerSpectrum,
  "germline-vs-somatic": GermlineVsSomatic,
  "profile-to-therapy": ProfileToTherapy,
  "pgx-result-to-prescription": PgxResultToPrescription,
  "ai-tool-lifecycle": AiToolLifecycle,
} satisfies Record<DiagramName, (props: DiagramProps) => unknown>;
