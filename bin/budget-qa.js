#!/usr/bin/env node
// The budget-qa command: runs the production build (dist/, compiled by tsc), building it first when it is missing or
// older than the sources (scripts/build.mjs). Development runs the TypeScript directly: `npm run dev`, `npx tsx src/cli.ts`.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, isStale } from '../scripts/build.mjs';

if (isStale()) {
  process.stderr.write('building dist/ (tsc)…\n');
  build();
}
await import(pathToFileURL(fileURLToPath(new URL('../dist/src/cli.js', import.meta.url))).href);
