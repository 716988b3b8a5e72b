#!/usr/bin/env node
// The `dyad` command. The CLI is TypeScript shared with the web app; tsx compiles it on the fly.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../lib/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
