// Trunk post-build hook: moves the inline module script Trunk writes into index.html (the
// wasm loader) into its own file, so the page runs under a Content-Security-Policy with
// `script-src 'self' 'wasm-unsafe-eval'` and no 'unsafe-inline' or per-build hashes.
//
// The explorer's page does not load that loader itself: `start.js` (assets/start.js) imports it when
// the app is wanted (at once, or at the reader's first move; see there), so its
// `data-loader` attribute gets the loader's name. The preload links Trunk adds for the wasm
// and its JavaScript go: what a first visit loads before it is idle is the page alone.
// start.js gets their addresses instead (`data-scripts`, `data-wasm`), to fetch them once
// the page is idle, and the loader starts from the module start.js compiled then.
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
// The loader's call that fetches, compiles and starts the wasm, as Trunk 0.21 writes it.
const INIT_CALL = /const wasm = await __trunkInitializer\(init, (['"])([^'"]+\.wasm)\1, (\d+), initializer\(\), true\);/;

/**
 * The loader, made to start from a module start.js may have compiled in the background
 * (`window.briefingExplorerWasm`, a promise of a `WebAssembly.Module`): then the app starts
 * without fetching or compiling anything. Without one, or if that compiling failed, the
 * loader fetches and compiles as Trunk wrote it. Also notes the wasm's address for start.js.
 */
function usePrecompiled(body) {
  const call = body.match(INIT_CALL);
  if (!call) fail("expected the loader's call of __trunkInitializer with the wasm's address, found none");
  wasm = call[2];
  return body.replace(
    INIT_CALL,
    `const hooks = initializer();
// Not while the reader is pressing: the app's takeover replaces what is under the pointer,
// and a click whose press and release land on different copies is lost (start.js).
if (window.briefingExplorerCalm) await window.briefingExplorerCalm();
const compiled = window.briefingExplorerWasm ? await window.briefingExplorerWasm.catch(() => null) : null;
const wasm = compiled
  ? await init({ module_or_path: compiled }).catch((reason) => (hooks.onFailure?.(reason), reason))
  : await __trunkInitializer(init, ${call[1]}${call[2]}${call[1]}, ${call[3]}, hooks, true);`,
  );
}

const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");

// The inline loader, into its own file; its tag goes.
const inline = /<script type="?module"?([^>]*)>([\s\S]*?)<\/script>/g;
// The explorer's page has start.js; Briefing Studio's (Trunk runs its hooks for every page
// it builds) does not.
const hasStart = /<script\b[^>]*\bsrc="?start\.js"?/.test(html);
let loader = null;
let wasm = null;
html = html.replace(inline, (whole, attrs, body) => {
  if (/\bsrc=/.test(attrs) || !body.trim()) return whole;
  if (loader) fail("expected one inline module script in index.html, found more");
  body = hasStart ? usePrecompiled(body.trim()) : body.trim();
  loader = `loader-${createHash("sha256").update(body).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(dir, loader), body + "\n");
  return "";
});
if (!loader) fail("expected one inline module script in index.html, found none");
if (/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>[^<]*\S[^<]*<\/script>/.test(html)) {
  fail("index.html still has an inline script");
}

// A page without start.js (Briefing Studio's: Trunk runs its hooks for every page it
// builds) loads its loader at once, from the file.
if (!hasStart) {
  html = html.replace(/<\/head>/, `<script type="module" src="./${loader}"></script></head>`);
  // Chromium ignores `integrity` on a preload for a fetch and warns on every load.
  html = html.replace(/<link\b[^>]*\brel="?preload"?[^>]*>/g, (link) =>
    /\bas="?fetch"?/.test(link) ? link.replace(/\s+integrity="?[^"\s>]*"?/, "") : link,
  );
  writeFileSync(htmlPath, html);
  process.exit(0);
}

// No preloading of what a reading visit does not need: start.js fetches it once the page
// is idle (the wasm compiled, the scripts preloaded), or at once when the app is wanted.
const scripts = [];
html = html.replace(/<link\b[^>]*\brel="?(modulepreload|preload)"?[^>]*>/g, (link, rel) => {
  const href = link.match(/\bhref="?([^"\s>]+)"?/);
  if (rel === "modulepreload" && href) scripts.push(href[1]);
  return "";
});
if (scripts.length === 0) fail("expected Trunk's modulepreload links in index.html, found none");

// start.js learns the loader's name, the scripts it imports and the wasm. (Attribute values
// may be unquoted: release builds minify the HTML.)
let starts = 0;
html = html.replace(/<script\b[^>]*\bsrc="?start\.js"?[^>]*>/g, (tag) => {
  starts += 1;
  return tag.replace(/>$/, ` data-loader="./${loader}" data-scripts="${scripts.join(" ")}" data-wasm="${wasm}">`);
});
if (starts !== 1) fail(`expected one <script src=start.js> in index.html, found ${starts}`);

writeFileSync(htmlPath, html);
