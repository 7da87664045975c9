#!/usr/bin/env node
// The `eightk` command: a thin launcher for the compiled CLI (built by `npm run build`, which
// `npm ci` runs through the `prepare` script).
import { main } from "../dist/cli/main.js";

// A reader that stops early (`eightk parse ... | head`) closes the pipe: that ends the command
// quietly, as it does any Unix filter, not with a stack trace.
process.stdout.on("error", (e) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
