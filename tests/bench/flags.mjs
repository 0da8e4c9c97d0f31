// The flags of every browser the benchmark launches (tests/e2e/support/browser.mjs uses the
// same list), plus a resolver rule that fails every host name, so a page cannot reach any
// other host: such requests are still seen, recorded and reported, and cost no time
// waiting on a network.
export const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];
