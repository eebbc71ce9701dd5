import { describe, expect, it } from "vitest";
import { renderHeadersFile } from "@/deploy/headers-file";
import { renderNginxSiteConfig } from "@/deploy/nginx-config";
import { headerPolicy, securityHeaders } from "@/security/policy";

describe("the server configs", () => {
  // `npm run deploy:config` rewrites the committed file; this fails when someone edits one without the other.
  it("commit deploy/nginx/site.conf as rendered from the one security policy", async () => {
    await expect(renderNginxSiteConfig()).toMatchFileSnapshot("../../deploy/nginx/site.conf");
  });

  it("send every security header from every nginx location, 404s included", () => {
    const conf = renderNginxSiteConfig();
    const locations = conf.split(/^location /m).slice(1);
    expect(locations.length).toBeGreaterThan(3);
    for (const location of locations.filter((l) => !l.includes("return 404"))) {
      for (const [name] of securityHeaders())
        expect(location).toMatch(new RegExp(`add_header ${name} ".+" always;`));
      expect(location).toContain("add_header Cache-Control");
    }
    expect(conf).toContain(`add_header Content-Security-Policy "${headerPolicy()}" always;`);
    expect(conf).toContain("error_page 404 /404.html;");
    // Debian's mime.types lacks it; browsers compile WebAssembly by streaming only with this type.
    expect(conf).toMatch(/location ~ \\\.wasm\$ \{\n {4}default_type application\/wasm;/);
  });

  it("write _headers with the header policy for every path and long cache times only for fingerprinted files", () => {
    const file = renderHeadersFile();
    expect(file).toContain(`/*\n  Content-Security-Policy: ${headerPolicy()}\n`);
    expect(file.match(/Cache-Control: public, max-age=31536000, immutable/g)).toHaveLength(4);
    expect(file).not.toMatch(/^\/\*\n(?: {2}.*\n)*? {2}Cache-Control/m);
  });
});
