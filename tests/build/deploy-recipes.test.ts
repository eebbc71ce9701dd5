/**
 * The deploy recipes, tested where they can be and linted where they cannot:
 * nginx checks the example server config for real; the GitHub Pages workflow
 * and netlify.toml are read and held to what a working deploy needs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { NGINX } from "../server/nginx";

const root = fileURLToPath(new URL("../..", import.meta.url));
const read = (path: string) => readFileSync(join(root, path), "utf8");

describe("deploy/nginx/example.conf", () => {
  it("passes nginx -t with the generated site.conf included", () => {
    const prefix = mkdtempSync(join(tmpdir(), "glossary-nginx-t-"));
    const server = read("deploy/nginx/example.conf")
      .replaceAll("/etc/nginx/snippets/pm-glossary-site.conf", join(root, "deploy/nginx/site.conf"))
      .replaceAll("/srv/pm-glossary", join(root, "dist"));
    const conf = `load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  ${server}
}
`;
    writeFileSync(join(prefix, "nginx.conf"), conf);
    const result = spawnSync(
      NGINX,
      ["-t", "-p", prefix, "-e", `${prefix}/error.log`, "-c", `${prefix}/nginx.conf`],
      {
        encoding: "utf8",
      },
    );
    expect(result.stderr).toContain("syntax is ok");
    expect(result.status, result.stderr).toBe(0);
  });
});

describe("the GitHub Pages workflow", () => {
  type Step = {
    uses?: string;
    run?: string;
    id?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
  };
  const workflow = parse(read(".github/workflows/pages.yml")) as {
    permissions: Record<string, string>;
    jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } };
  };
  const steps = workflow.jobs.build.steps;

  it("uses the official Pages actions, Node 24 and the permissions they need", () => {
    const uses = steps.map((s) => s.uses?.split("@")[0]).filter(Boolean);
    expect(uses).toEqual(
      expect.arrayContaining([
        "actions/checkout",
        "actions/setup-node",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
      ]),
    );
    expect(steps.find((s) => s.uses?.startsWith("actions/setup-node"))?.with?.["node-version"]).toBe(24);
    expect(workflow.jobs.deploy.steps[0]?.uses).toMatch(/^actions\/deploy-pages@/);
    expect(workflow.permissions).toMatchObject({ pages: "write", "id-token": "write" });
  });

  it("builds with the address from the repository's Pages settings and refuses to build without one", () => {
    const build = steps.find((s) => s.run === "npm run build");
    expect(build?.env).toEqual({
      REQUIRE_SITE_URL: "1",
      SITE_URL: "${{ steps.pages.outputs.origin }}",
      SITE_BASE: "${{ steps.pages.outputs.base_path }}/",
    });
    expect(steps.findIndex((s) => s.id === "pages")).toBeLessThan(steps.indexOf(build!));
    expect(steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact"))?.with?.["path"]).toBe(
      "dist",
    );
  });
});

describe("netlify.toml", () => {
  it("builds with Node 24 into dist/ and refuses to build without SITE_URL", () => {
    const toml = read("netlify.toml");
    expect(toml).toMatch(/^\s*command = "npm run build"$/m);
    expect(toml).toMatch(/^\s*publish = "dist"$/m);
    expect(toml).toMatch(/^\s*NODE_VERSION = "24"$/m);
    expect(toml).toMatch(/^\s*REQUIRE_SITE_URL = "1"$/m);
  });
});
