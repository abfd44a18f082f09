/**
 * Vitest global setup: every temporary directory of one test run lives under one root, removed when the run ends.
 *
 * Tests and the processes they start make directories with mkdtemp(os.tmpdir()) — databases, CLI outputs, browser
 * profiles, Miniflare state. os.tmpdir() reads TMPDIR each time, and the test workers (forks) and their children inherit
 * it, so pointing TMPDIR at a fresh root here gathers them all; without this, each run left hundreds of directories
 * (about half a gigabyte) behind in /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const before = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'budget-qa-run-'));
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    if (process.env.KEEP_TEST_TMP === '1') console.log(`test temp files kept in ${root}`);
    else rmSync(root, { recursive: true, force: true });
  };
}
