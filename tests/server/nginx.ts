/**
 * Debian's nginx serving a built site with the repository's own server config
 * (deploy/nginx/site.conf): the browser tests meet the site as readers do,
 * with the shipped headers, compression and 404 page. (The benchmarks use
 * bench/lib/server.ts, a small Node server, so they run without nginx.)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../..", import.meta.url));

/** Debian's packages: nginx, and the module that sends precompressed `.br` files. */
export const NGINX = process.env["NGINX_PATH"] ?? "/usr/sbin/nginx";
const BROTLI_STATIC_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/** A port no one listens on, found by asking the system for one (synchronously, for config files). */
export function freePort(): number {
  const script =
    "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim());
}

/**
 * Writes a self-contained nginx.conf for one test server (its own pid, logs and
 * temp folders, listening on 127.0.0.1 only) and returns the command that runs
 * it in the foreground; stopping that process stops the server.
 */
export function nginxCommand({ port, root }: { port: number; root: string }): string {
  const prefix = join(tmpdir(), `glossary-nginx-${port}`);
  mkdirSync(prefix, { recursive: true });
  const conf = `load_module ${BROTLI_STATIC_MODULE};
daemon off;
master_process off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    include ${join(REPO, "deploy/nginx/site.conf")};
  }
}
`;
  writeFileSync(join(prefix, "nginx.conf"), conf);
  return `${NGINX} -p ${prefix} -e ${prefix}/error.log -c ${prefix}/nginx.conf`;
}
