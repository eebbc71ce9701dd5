/**
 * A tiny static server for a built dist/, on 127.0.0.1 and a free port. It
 * gzips text like any decent static host, so Lighthouse sees realistic
 * transfer sizes; Pagefind's own files are already compressed and go as they are.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve as resolvePath } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".wasm": "application/wasm",
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export function serveDist(dist: string): Promise<StaticServer> {
  const root = resolvePath(dist);
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) {
      // trailingSlash: "always", as the site is configured.
      if (!url.pathname.endsWith("/")) {
        return void response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      }
      path = join(path, "index.html");
    }
    let status = 200;
    if (!existsSync(path) || !statSync(path).isFile()) {
      status = 404;
      path = join(root, "404.html");
      if (!existsSync(path)) return void response.writeHead(404).end("not found");
    }
    const type = TYPES[extname(path)] ?? "application/octet-stream";
    let body: Buffer = readFileSync(path);
    const headers: Record<string, string> = { "content-type": type, "cache-control": "no-cache" };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
      let packed = gzipped.get(path);
      if (!packed) gzipped.set(path, (packed = gzipSync(body, { level: 9 })));
      body = packed;
      headers["content-encoding"] = "gzip";
      headers["vary"] = "accept-encoding";
    }
    headers["content-length"] = String(body.length);
    response.writeHead(status, headers).end(request.method === "HEAD" ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Browsers keep connections alive; close() alone would wait for them.
            server.closeAllConnections();
          }),
      });
    });
  });
}
