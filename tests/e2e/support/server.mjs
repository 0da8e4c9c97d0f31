// A small static file server for dist/, bound to loopback only.
//
// Used by `scripts/run.sh` (port 8080) and by the end-to-end tests (a free port, optional
// sub-path prefix and extra headers such as a Content-Security-Policy). Servers started by
// tests stop by themselves after `lifetimeMs` even if a test forgets to close them.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

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

/**
 * Serves `root` under `prefix` ("/" or "/news/explorer/") on 127.0.0.1.
 * @returns {Promise<{url: string, origin: string, close: () => Promise<void>}>}
 */
export async function startServer({ root, prefix = "/", port = 0, headers = {}, lifetimeMs = 10 * 60_000 } = {}) {
  const base = resolve(root);
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
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        ...headers,
      });
      res.end(body);
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
