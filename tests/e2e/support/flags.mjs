// The Chromium flags of every Chromium this project starts (end-to-end tests, benchmarks,
// Lighthouse, the engines' smoke journey): no sandbox (root in CI), and nothing that calls
// home. No side effects: imported by scripts outside the test runner too.
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
