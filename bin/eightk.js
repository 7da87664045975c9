#!/usr/bin/env node
// The `eightk` command: a thin launcher for the compiled CLI (built by `npm run build`, which
// `npm ci` runs through the `prepare` script).
import { main } from "../dist/cli/main.js";

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
