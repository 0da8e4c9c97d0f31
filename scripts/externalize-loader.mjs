// Trunk post-build hook: moves the inline module script Trunk writes into index.html (the
// wasm loader) into its own file, so the page runs under a Content-Security-Policy with
// `script-src 'self' 'wasm-unsafe-eval'` and no 'unsafe-inline' or per-build hashes.
// It also drops `integrity` from the wasm's `<link rel="preload" as="fetch">`: Chromium
// ignores it there and warns on every page load ("currently ignored for preload
// destinations that do not support subresource integrity").
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("externalize-loader: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)");
  process.exit(1);
}
const htmlPath = join(dir, "index.html");
const html = readFileSync(htmlPath, "utf8");
const inline = /<script type="?module"?([^>]*)>([\s\S]*?)<\/script>/g;
let count = 0;
const out = html.replace(inline, (whole, attrs, body) => {
  if (/\bsrc=/.test(attrs) || !body.trim()) return whole;
  count += 1;
  const name = `loader-${createHash("sha256").update(body).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body.trim() + "\n");
  return `<script type="module" src="./${name}"></script>`;
});
if (count !== 1) {
  console.error(`externalize-loader: expected one inline module script in index.html, found ${count}`);
  process.exit(1);
}
if (/<script(?![^>]*\bsrc=)[^>]*>[^<]*\S[^<]*<\/script>/.test(out)) {
  console.error("externalize-loader: index.html still has an inline script");
  process.exit(1);
}
let preloads = 0;
// Attribute values may be unquoted: release builds minify the HTML.
const final = out.replace(/<link\b[^>]*\brel="?preload"?[^>]*>/g, (link) => {
  if (!/\bas="?fetch"?/.test(link)) return link;
  preloads += 1;
  return link.replace(/\s+integrity=("[^"]*"|[^\s>]*)/, "");
});
if (preloads !== 1) {
  console.error(`externalize-loader: expected one wasm preload link in index.html, found ${preloads}`);
  process.exit(1);
}
writeFileSync(htmlPath, final);
