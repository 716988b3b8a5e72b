#!/usr/bin/env node
// Runs a TypeScript script of the project (npm run eval, npm run bench) with tsx's loader.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

register();
const [script, ...rest] = process.argv.slice(2);
if (!script) {
  console.error("usage: run-ts.mjs SCRIPT.ts [args...]");
  process.exit(2);
}
process.argv = [process.argv[0], script, ...rest];
await import(pathToFileURL(path.resolve(script)).href);
