// Trunk post-build hook: moves the inline module script Trunk writes into index.html (the
// wasm loader) into its own file, so the page runs under a Content-Security-Policy with
// `script-src 'self' 'wasm-unsafe-eval'` and no 'unsafe-inline' or per-build hashes.
//
// The explorer's page does not load that loader itself: `start.js` (assets/start.js) imports it when
// the app is wanted (at once, or at the reader's first move; see there), so its
// `data-loader` attribute gets the loader's name, and the preload links Trunk adds for the
// wasm and its JavaScript go: a first visit that only reads loads neither.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("externalize-loader: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)");
  process.exit(1);
}
const fail = (message) => {
  console.error(`externalize-loader: ${message}`);
  process.exit(1);
};
const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");

// The inline loader, into its own file; its tag goes.
const inline = /<script type="?module"?([^>]*)>([\s\S]*?)<\/script>/g;
let loader = null;
html = html.replace(inline, (whole, attrs, body) => {
  if (/\bsrc=/.test(attrs) || !body.trim()) return whole;
  if (loader) fail("expected one inline module script in index.html, found more");
  loader = `loader-${createHash("sha256").update(body).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(dir, loader), body.trim() + "\n");
  return "";
});
if (!loader) fail("expected one inline module script in index.html, found none");
if (/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>[^<]*\S[^<]*<\/script>/.test(html)) {
  fail("index.html still has an inline script");
}

// A page without start.js (Briefing Studio's: Trunk runs its hooks for every page it
// builds) loads its loader at once, from the file.
if (!/<script\b[^>]*\bsrc="?start\.js"?/.test(html)) {
  html = html.replace(/<\/head>/, `<script type="module" src="./${loader}"></script></head>`);
  // Chromium ignores `integrity` on a preload for a fetch and warns on every load.
  html = html.replace(/<link\b[^>]*\brel="?preload"?[^>]*>/g, (link) =>
    /\bas="?fetch"?/.test(link) ? link.replace(/\s+integrity="?[^"\s>]*"?/, "") : link,
  );
  writeFileSync(htmlPath, html);
  process.exit(0);
}

// start.js learns the loader's name. (Attribute values may be unquoted: release builds
// minify the HTML.)
let starts = 0;
html = html.replace(/<script\b[^>]*\bsrc="?start\.js"?[^>]*>/g, (tag) => {
  starts += 1;
  return tag.replace(/>$/, ` data-loader="./${loader}">`);
});
if (starts !== 1) fail(`expected one <script src=start.js> in index.html, found ${starts}`);

// No preloading of what a reading visit does not need.
let preloads = 0;
html = html.replace(/<link\b[^>]*\brel="?(modulepreload|preload)"?[^>]*>/g, () => {
  preloads += 1;
  return "";
});
if (preloads === 0) fail("expected Trunk's preload links in index.html, found none");

writeFileSync(htmlPath, html);
