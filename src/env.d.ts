declare namespace App {
  interface Locals {
    /** Set by the entry layout for the page being rendered; read by `<Cite>`. */
    citationNumbers?: import("./data/citation-numbers").CitationNumbers;
  }
}
