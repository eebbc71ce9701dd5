import { HtmlValidate, type ConfigData, type Report } from "html-validate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { htmlFiles } from "./dist-files";

/** html-validate over every page of a built site; returns one line per error. */
export async function findHtmlErrors(dist: string): Promise<string[]> {
  // The project's rules, given explicitly so that a site built outside the repository is judged the same way.
  const config = JSON.parse(
    readFileSync(new URL("../../.htmlvalidate.json", import.meta.url), "utf8"),
  ) as ConfigData;
  const validator = new HtmlValidate({ ...config, root: true });
  const problems: string[] = [];
  for (const page of htmlFiles(dist)) {
    const report: Report = await validator.validateFile(join(dist, page));
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity === 2)
          problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  return problems;
}
