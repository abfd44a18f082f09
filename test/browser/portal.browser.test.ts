import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, axe, CHROMIUM, HAS_CHROMIUM, horizontalOverflow, openBrowser, type PortalBrowser } from '../support/browser.js';
import { STAFF_TOKEN, startHotlineServer } from '../support/hotline-app.js';
import { screenshotPath } from '../support/screenshot-path.js';

const SCREENSHOT = screenshotPath('portal.png');
const QUESTION = '为什么公务用车购置费增加了？';

describe.runIf(!HAS_CHROMIUM && Boolean(process.env.CI))('browser tests in CI', () => {
  it('need Debian chromium at /usr/bin/chromium (.ci/run installs it with apt)', () => {
    expect.fail(`${CHROMIUM} is missing; CI must install the chromium package`);
  });
});

describe.skipIf(!HAS_CHROMIUM)('portal and staff console in Chromium', () => {
  let server: Awaited<ReturnType<typeof startHotlineServer>>;
  let browser: PortalBrowser;
  const newPage = (viewport?: { width: number; height: number }) => browser.newPage(viewport);

  beforeAll(async () => {
    server = await startHotlineServer({ RATE_LIMIT_PER_MINUTE: '1000', STAFF_TOKEN });
    browser = await openBrowser(server.origin);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  let page: Page;
  let first: Awaited<ReturnType<typeof ask>>;

  it('asks a question and reads the answer with its figures marked', async () => {
    page = await newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('#composition-chart canvas');
    await page.waitForSelector('#sangong-table td');
    // One document loaded: the picker shows its department, nothing is pinned, there is nothing to compare.
    expect(await page.inputValue('#dept-input')).toBe('重庆市渝中区人民政府办公室');
    expect(await page.locator('#compare').isHidden()).toBe(true);
    expect(await page.locator('#dept-year-field').isHidden()).toBe(true);
    first = await ask(page, QUESTION, 1);
    const turn = page.locator('#conversation > li').nth(0);
    expect(await turn.locator('.answer-text').textContent()).toBe(first.answer);
    expect(first.answer).toContain('252万元');
    expect(await turn.locator('button.num').allTextContents()).toEqual(['252万元', '34万元']);
    expect(await page.locator('#conversation').getAttribute('aria-live')).toBe('polite');
  });

  it('clicking a number shows its source quote', async () => {
    await page.locator('#conversation > li').nth(0).locator('button.num', { hasText: '252万元' }).click();
    const detail = page.locator('#detail-1');
    await detail.locator('blockquote').waitFor();
    expect(await detail.locator('.detail-title').textContent()).toBe('252万元：公务用车购置费（2026年）');
    expect(await detail.locator('blockquote').textContent()).toContain('公务用车购置费252万元，比2025年增加34万元');
    expect(await detail.locator('blockquote mark').textContent()).toBe('252');
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it('follows up in the same conversation and shows a derivation', async () => {
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/ask'));
    const second = await ask(page, '那去年呢？', 2);
    expect(JSON.parse((await sent).postData() ?? '{}')).toEqual({ question: '那去年呢？', conversationId: first.conversationId });
    expect(second.conversationId).toBe(first.conversationId);
    const turn = page.locator('#conversation > li').nth(1);
    expect(await turn.locator('.answer-text').textContent()).toBe(second.answer);
    await turn.locator('button.num', { hasText: '218万元' }).click();
    expect(await page.locator('#detail-2 .derivation').textContent()).toBe('252 − 34 = 218');
  });

  it('opens the source viewer scrolled to the highlighted span', async () => {
    const opener = page.locator('#detail-1 button.open-source');
    await opener.click();
    const dialog = page.locator('#source-viewer');
    await page.locator('#viewer-mark').waitFor();
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await page.locator('#viewer-title').textContent()).toBe('重庆市渝中区人民政府办公室2026年部门预算情况说明');
    expect(await page.locator('#viewer-mark strong').textContent()).toBe('252');
    expect(await page.locator('#viewer-mark').textContent()).toContain('公务用车购置费252万元');
    const inView = await page.evaluate(() => {
      const box = document.getElementById('viewer-text')!.getBoundingClientRect();
      const mark = document.querySelector('#viewer-mark strong')!.getBoundingClientRect();
      return { scrolled: document.getElementById('viewer-text')!.scrollTop > 0, inside: mark.top >= box.top && mark.bottom <= box.bottom };
    });
    expect(inView).toEqual({ scrolled: true, inside: true });
    const a11y = await axe(page);
    expect(a11y.violations).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('has no axe violations (WCAG 2.2 A/AA) on the portal with answers', async () => {
    const a11y = await axe(page);
    expect(a11y.violations).toEqual([]);
    expect(a11y.passes).toBeGreaterThan(10);
  });

  let reference = '';
  it('hands the conversation over to staff with a validated callback', async () => {
    await page.click('#handover-open');
    await page.fill('#callback-phone', '12345');
    await page.click('#handover-form button[type="submit"]');
    expect(await page.locator('#callback-phone-error').textContent()).toContain('有效的手机号');
    expect(await page.locator('#callback-phone').getAttribute('aria-invalid')).toBe('true');
    await page.fill('#callback-phone', '137 1111 2222');
    await page.fill('#callback-email', 'caller@example.com');
    await page.fill('#callback-message', '想知道购置了哪些车辆');
    await page.click('#handover-form button[type="submit"]');
    await page.waitForFunction(() => /受理编号/.test(document.getElementById('handover-result')!.textContent ?? ''));
    reference = /受理编号 (\d+)/.exec((await page.locator('#handover-result').textContent()) ?? '')![1]!;
    expect(Number(reference)).toBeGreaterThan(0);
    expect((await axe(page)).violations).toEqual([]);
  });

  it('finds the case in the staff console, reads it and resolves it', async () => {
    const staff = await newPage();
    await staff.goto(`${server.origin}/staff`);
    expect((await axe(staff)).violations).toEqual([]);
    await staff.fill('#token', STAFF_TOKEN);
    await staff.press('#token', 'Enter');
    const entry = staff.locator('#queue-list > li', { hasText: '那去年呢？' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain(`编号 ${reference}`);
    expect(await entry.textContent()).toContain('用户转人工');
    expect(await entry.textContent()).toContain('需回电');
    await entry.getByRole('button', { name: `查看案件 ${reference}` }).click();
    await staff.locator('#case-conversation > li').nth(1).waitFor();
    const facts = (await staff.locator('#case-facts').textContent()) ?? '';
    expect(facts).toContain('13711112222');
    expect(facts).toContain('caller@example.com');
    expect(facts).toContain('想知道购置了哪些车辆');
    expect(await staff.locator('#case-conversation .question').allTextContents()).toEqual([`问${QUESTION}`, '问那去年呢？']);
    expect((await axe(staff)).violations).toEqual([]);
    await staff.fill('#resolve-note', '已回电说明：全区公车购置需求增加。');
    await staff.click('#resolve-form button[type="submit"]');
    await staff.waitForFunction(() => /已标记为已解决/.test(document.getElementById('staff-status')!.textContent ?? ''));
    expect(await staff.locator('#case-facts').textContent()).toContain('已解决');
    await staff.selectOption('#f-status', 'resolved');
    await staff.click('#filters button[type="submit"]');
    await staff.locator('#queue-list > li', { hasText: '那去年呢？' }).waitFor();
    await staff.close();
  });

  it('works by keyboard alone: skip link, ask, tab to a figure, open and close the source', async () => {
    const kb = await newPage();
    await kb.goto(`${server.origin}/`);
    await kb.keyboard.press('Tab');
    expect(await kb.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await kb.keyboard.press('Enter');
    expect(await kb.evaluate(() => document.activeElement?.id)).toBe('question');
    await kb.keyboard.type(QUESTION);
    await kb.keyboard.press('Enter');
    await kb.locator('#conversation button.num').first().waitFor();
    let onNumber = false;
    for (let i = 0; i < 30 && !onNumber; i++) {
      await kb.keyboard.press('Tab');
      onNumber = await kb.evaluate(() => document.activeElement?.classList.contains('num') ?? false);
    }
    expect(onNumber).toBe(true);
    await kb.locator('#detail-1 blockquote').waitFor();
    let onSource = false;
    for (let i = 0; i < 10 && !onSource; i++) {
      await kb.keyboard.press('Tab');
      onSource = await kb.evaluate(() => document.activeElement?.classList.contains('open-source') ?? false);
    }
    expect(onSource).toBe(true);
    await kb.keyboard.press('Enter');
    await kb.locator('#viewer-mark').waitFor();
    expect(await kb.evaluate(() => document.activeElement?.id)).toBe('viewer-mark');
    await kb.keyboard.press('Escape');
    expect(await kb.evaluate(() => document.activeElement?.classList.contains('open-source'))).toBe(true);
    await kb.close();
  });

  it.each([
    ['320 px wide', { width: 320, height: 640 }],
    ['200% zoom of a 1280 px window', { width: 640, height: 400 }],
  ])('reflows without horizontal scrolling at %s', async (_name, viewport) => {
    const small = await newPage(viewport);
    await small.goto(`${server.origin}/`);
    await small.waitForSelector('#composition-chart canvas');
    await ask(small, QUESTION, 1);
    await small.locator('#conversation button.num').first().click();
    await small.locator('#detail-1 blockquote').waitFor();
    expect(await horizontalOverflow(small)).toEqual({ page: 0, wide: [] });
    await small.close();
  });

  it('logged no console errors and made no request outside its origin', () => {
    expect(browser.consoleErrors).toEqual([]);
    expect(browser.outside).toEqual([]);
  });
});
