// A small static file server for dist/, bound to loopback only.
//
// Used by `scripts/run.sh` (port 8080) and by the end-to-end tests (a free port, optional
// sub-path prefix and extra headers such as a Content-Security-Policy). Servers started by
// tests stop by themselves after `lifetimeMs` even if a test forgets to close them.
// With `gzip: true` (opt-in, used by the first-tap benchmark, tests/bench/tap.mjs), text and
// wasm responses are gzip-compressed when the request accepts it, as static hosts serve
// them; without it every response is sent as stored, byte for byte.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { constants, gzip as gzipCallback } from "node:zlib";

const gzipAsync = promisify(gzipCallback);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** The types a static host compresses (`gzip: true`); images other than SVG are not. */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".svg", ".txt"]);

/** Whether an Accept-Encoding header accepts gzip (and does not refuse it with q=0). */
function acceptsGzip(header = "") {
  return header.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding.trim() !== "gzip" && coding.trim() !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  });
}

/**
 * Serves `root` under `prefix` ("/" or "/news/explorer/") on 127.0.0.1. `gzip: true`
 * compresses (level 9, once per file version) what COMPRESSIBLE lists when the request
 * accepts gzip, with `Content-Encoding: gzip` and `Vary: Accept-Encoding`.
 * @returns {Promise<{url: string, origin: string, close: () => Promise<void>}>}
 */
export async function startServer({ root, prefix = "/", port = 0, headers = {}, lifetimeMs = 10 * 60_000, gzip = false } = {}) {
  const base = resolve(root);
  // file → {key: mtime and size, body: its gzip}, so each version is compressed once.
  const compressed = new Map();
  const gzipped = async (file, body) => {
    const { mtimeMs, size } = await stat(file);
    const key = `${mtimeMs}:${size}`;
    let hit = compressed.get(file);
    if (!hit || hit.key !== key) {
      hit = { key, body: await gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }) };
      compressed.set(file, hit);
    }
    return hit.body;
  };
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      // A malformed escape (`/%E0`) is the client's mistake; the server carries on.
      res.writeHead(400, { "content-type": "text/plain" }).end("bad request");
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    let file = normalize(join(base, path.slice(prefix.length)));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      const packing = gzip && COMPRESSIBLE.has(extname(file)) && acceptsGzip(req.headers["accept-encoding"]);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        ...(packing ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}),
        ...headers,
      });
      res.end(packing ? await gzipped(file, body) : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", ok);
  });
  const timer = lifetimeMs ? setTimeout(() => server.close(), lifetimeMs) : null;
  timer?.unref();
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + prefix,
    close: () =>
      new Promise((ok) => {
        if (timer) clearTimeout(timer);
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

// `node tests/e2e/support/server.mjs DIR PORT`: serve until interrupted (the README's run command).
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = "dist", port = "8080"] = process.argv.slice(2);
  const { url } = await startServer({ root, port: Number(port), lifetimeMs: 0 });
  console.log(`Briefing Explorer is ready at ${url} (Ctrl-C stops it)`);
}
