import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where a browser test saves a screenshot: docs/screenshots/ (linked from the README) when UPDATE_SCREENSHOTS=1,
 * otherwise a temp folder, so an ordinary test run leaves the work tree untouched.
 */
export function screenshotPath(name: string): string {
  const dir = process.env.UPDATE_SCREENSHOTS === '1' ? join(process.cwd(), 'docs', 'screenshots') : mkdtempSync(join(tmpdir(), 'budget-qa-shots-'));
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
