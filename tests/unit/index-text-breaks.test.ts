import { describe, expect, it } from "vitest";
import { withTextBreaks } from "@/build/index-text-breaks";

describe("withTextBreaks (the HTML Pagefind reads)", () => {
  it("puts a space after header cells, rows, list terms and line breaks, where the built HTML has none", () => {
    expect(withTextBreaks("<tr><th>Gene and medicine</th><th>What the sources describe</th></tr>")).toBe(
      "<tr><th>Gene and medicine</th> <th>What the sources describe</th> </tr> ",
    );
    expect(withTextBreaks("<dl><dt>PGx</dt><dd>Pharmacogenomics</dd></dl>")).toBe(
      "<dl><dt>PGx</dt> <dd>Pharmacogenomics</dd> </dl> ",
    );
    expect(withTextBreaks("one<br>two<br/>three<BR />four")).toBe("one<br> two<br/> three<BR /> four");
  });

  it("leaves inline elements, and blocks Pagefind already breaks at, as they are", () => {
    const html = "<p>A <strong>bold</strong> word in <a href='/x/'>a link</a>.</p><td>cell</td><li>item</li>";
    expect(withTextBreaks(html)).toBe(html);
  });
});
