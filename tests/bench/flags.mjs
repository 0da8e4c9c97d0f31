// The flags of every browser the benchmark launches: the project's Chromium flags
// (tests/e2e/support/flags.mjs), plus a resolver rule that fails every host name, so a
// page cannot reach any other host: such requests are still seen, recorded and reported,
// and cost no time waiting on a network.
import { CHROMIUM_FLAGS } from "../e2e/support/flags.mjs";

export const FLAGS = [...CHROMIUM_FLAGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"];
