import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface PortalBrowser {
  context: BrowserContext;
  /** Console errors and uncaught page errors of every page opened with newPage. */
  consoleErrors: string[];
  /** Requests that left the served origin. */
  outside: string[];
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian Chromium with a fresh profile, in Chinese and China time, recording console errors and any request
 * outside `origin`. Playwright takes the user-data-dir as the first argument of launchPersistentContext (it refuses
 * --user-data-dir inside args); the other flags are the Debian-chromium set from STACK-NOTES.
 */
export async function openBrowser(origin: string): Promise<PortalBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'budget-qa-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const consoleErrors: string[] = [];
  const outside: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(`${origin}/`)) outside.push(r.url());
  });
  return {
    context,
    consoleErrors,
    outside,
    async newPage(viewport = { width: 960, height: 1100 }) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * axe-core from node_modules, evaluated in the page. (page.addScriptTag would add an inline <script>, which the
 * portal's CSP rightly blocks; evaluation through the DevTools protocol leaves the CSP on.)
 */
export async function axe(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (tags) => (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }>; passes: unknown[] }> } }).axe
      .run(document, { runOnly: { type: 'tag', values: tags } })
      .then((r) => ({ violations: r.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) })), passes: r.passes.length })),
    AXE_TAGS,
  );
}

/** Elements wider than the viewport, and the page's horizontal overflow in pixels (both empty/0 when it reflows). */
export function horizontalOverflow(page: Page) {
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    wide: Array.from(document.querySelectorAll('button, input, select, p, blockquote, table, canvas, [role="listbox"]'))
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((el) => el.outerHTML.slice(0, 80)),
  }));
}

export interface PageAnswer {
  conversationId: string;
  answer: string;
  status: string;
  numbers: Array<{ text: string }>;
  source?: { docId: string; department: string; year: number };
  candidates?: Array<{ docId: string; department: string; year: number }>;
}

/** Type a question, press Enter, and wait for the answer (the page's `turns`-th) to be shown; the JSON answer. */
export async function ask(page: Page, question: string, turns: number): Promise<PageAnswer> {
  await page.fill('#question', question);
  const response = page.waitForResponse((r) => r.url().endsWith('/api/ask'));
  await page.press('#question', 'Enter');
  const body = (await (await response).json()) as PageAnswer;
  await page.waitForFunction((n) => document.querySelectorAll('#conversation > li').length === n, turns);
  return body;
}
