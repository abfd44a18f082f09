import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, axe, HAS_CHROMIUM, horizontalOverflow, openBrowser, type PortalBrowser } from '../support/browser.js';
import { MIXED_CORPUS, writeSources } from '../support/corpus-app.js';
import { startHotlineServer } from '../support/hotline-app.js';
import { screenshotPath } from '../support/screenshot-path.js';
import { syntheticDocument } from '../support/synthetic-documents.js';

/** The mixed corpus (two years of the Yuzhong office) and three synthetic departments: two 统计局, one 政府办. */
const SYNTHETIC = [0, 20, 10].map((i) => syntheticDocument(i));
const YUZHONG = '重庆市渝中区人民政府办公室';
const BANAN = '重庆市巴南区司法局';
const OTHER_OFFICE = SYNTHETIC[2]!.department;

describe.skipIf(!HAS_CHROMIUM)('portal over many departments in Chromium', () => {
  let server: Awaited<ReturnType<typeof startHotlineServer>>;
  let browser: PortalBrowser;
  let page: Page;
  const docIdOf = new Map<string, string>();
  const url = (path = '/') => `${server.origin}${path}`;
  const text = (selector: string) => page.locator(selector).first().textContent();

  beforeAll(async () => {
    const { sources } = writeSources([...MIXED_CORPUS, ...SYNTHETIC.map((s) => ({ name: s.fileName, text: s.text }))]);
    server = await startHotlineServer({ SOURCES_DIR: sources, RATE_LIMIT_PER_MINUTE: '1000' });
    const res = (await (await server.app.request('/api/documents?limit=100')).json()) as { documents: Array<{ id: string; department: string; year: number }> };
    for (const d of res.documents) docIdOf.set(`${d.department}@${d.year}`, d.id);
    browser = await openBrowser(server.origin);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('with nothing chosen, the header says so and the chart card asks for a department (no failing request)', async () => {
    page = await browser.newPage();
    await page.goto(url());
    await page.locator('#charts-pick').waitFor();
    expect(await text('#doc-title')).toBe(`依据：${MIXED_CORPUS.length + SYNTHETIC.length} 份部门预算公开文件（9 个部门）· 未选择部门`);
    expect(await page.locator('#charts-body').isHidden()).toBe(true);
    expect(await page.inputValue('#dept-input')).toBe('');
  });

  it('finds departments by typing any name, grouped by district, with a live count', async () => {
    await page.click('#dept-input');
    await page.keyboard.type('政府办');
    await page.locator('#dept-listbox [role="group"]').nth(1).waitFor();
    const input = page.locator('#dept-input');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#dept-listbox').getAttribute('aria-label')).toBe('部门搜索结果');
    expect(await page.locator('#dept-listbox .option-group-label').allTextContents()).toEqual(['合成一区', '渝中区']);
    expect(await page.locator('#dept-listbox [role="option"]').allTextContents()).toEqual([
      `${OTHER_OFFICE}（2026年）`,
      `${YUZHONG}（2025年、2026年）`,
    ]);
    expect(await page.locator('#dept-count').getAttribute('role')).toBe('status');
    expect(await text('#dept-count')).toBe('找到 2 个部门。用上下方向键浏览，回车选择。');
    expect((await axe(page)).violations).toEqual([]);
    await page.screenshot({ path: screenshotPath('portal-departments.png') });
  });

  it('picks a department by keyboard; the header, the URL, the year choice and the charts follow', async () => {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // wraps to the first
    await page.keyboard.press('ArrowUp'); // and back to the last
    const active = await page.locator('#dept-input').getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`#${active} .option-name`).textContent()).toBe(YUZHONG);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('doc-title')!.textContent!.startsWith('当前部门'));
    expect(await text('#doc-title')).toBe(`当前部门：${YUZHONG} · 2026年`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dept-input');
    expect(await page.locator('#dept-input').getAttribute('aria-expanded')).toBe('false');
    expect(await page.inputValue('#dept-input')).toBe(YUZHONG);
    expect(new URL(page.url()).search).toBe(`?doc=${docIdOf.get(`${YUZHONG}@2026`)}`);
    expect(await page.inputValue('#dept-year')).toBe(docIdOf.get(`${YUZHONG}@2026`));
    await page.locator('#composition-chart canvas').waitFor();
    expect(await text('#charts-department')).toBe(`${YUZHONG} · 2026年`);
    expect(await page.locator('#sangong-table td').allTextContents()).toContain('252');
    expect(await page.locator('#charts-pick').isHidden()).toBe(true);
  });

  it('switches to the department’s other year with the year choice', async () => {
    await page.selectOption('#dept-year', docIdOf.get(`${YUZHONG}@2025`)!);
    await page.waitForFunction(() => document.getElementById('doc-title')!.textContent!.endsWith('2025年'));
    expect(new URL(page.url()).search).toBe(`?doc=${docIdOf.get(`${YUZHONG}@2025`)}`);
    await page.waitForFunction(() => document.getElementById('charts-department')!.textContent!.endsWith('2025年'));
    await page.selectOption('#dept-year', docIdOf.get(`${YUZHONG}@2026`)!);
    await page.waitForFunction(() => document.getElementById('charts-department')!.textContent!.endsWith('2026年'));
    expect(await text('#doc-title')).toBe(`当前部门：${YUZHONG} · 2026年`);
  });

  it('sends the chosen document with every question; the answer gives its figure and names its department', async () => {
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/ask'));
    const answer = await ask(page, '2026年“三公”经费预算是多少？', 1);
    expect(JSON.parse((await sent).postData() ?? '{}')).toMatchObject({ docId: docIdOf.get(`${YUZHONG}@2026`) });
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('367.35');
    expect(await text('#conversation > li .answer-text')).toContain('367.35万元');
    expect(await text('#conversation > li .answer-source')).toBe(`依据：${YUZHONG} · 2026年部门预算`);
  });

  it('restores the choice from the URL on reload', async () => {
    await page.reload();
    await page.locator('#composition-chart canvas').waitFor();
    expect(await text('#doc-title')).toBe(`当前部门：${YUZHONG} · 2026年`);
    expect(await page.inputValue('#dept-input')).toBe(YUZHONG);
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/ask'));
    await ask(page, '公务接待费是多少？', 1);
    expect(JSON.parse((await sent).postData() ?? '{}')).toMatchObject({ docId: docIdOf.get(`${YUZHONG}@2026`) });
    expect(await text('#conversation > li .answer-text')).toContain('27.55');
  });

  it('Escape closes the list and keeps the choice; the 全部部门 option unpins', async () => {
    await page.focus('#dept-input');
    await page.keyboard.press('ArrowDown');
    await page.locator('#dept-listbox [role="option"]').nth(9).waitFor(); // the box shows the choice: every department is listed
    expect(await page.locator('#dept-input').getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#dept-listbox [role="option"]').first().textContent()).toBe('全部部门（不限定部门，提问时请说明部门）');
    await page.keyboard.press('Escape');
    expect(await page.locator('#dept-input').getAttribute('aria-expanded')).toBe('false');
    expect(await page.inputValue('#dept-input')).toBe(YUZHONG);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.getElementById('dept-input')!.getAttribute('aria-activedescendant') === 'dept-option-1');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator(`#${await page.locator('#dept-input').getAttribute('aria-activedescendant')} .option-name`).textContent()).toBe('全部部门');
    await page.keyboard.press('Enter');
    await page.locator('#charts-pick').waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await text('#doc-title')).toContain('未选择部门');
    expect(await page.inputValue('#dept-input')).toBe('');
    expect(await page.locator('#dept-clear').isHidden()).toBe(true);
    await page.goBack(); // Back undoes the change of department
    await page.waitForFunction(() => document.getElementById('doc-title')!.textContent!.startsWith('当前部门'));
    expect(new URL(page.url()).search).toBe(`?doc=${docIdOf.get(`${YUZHONG}@2026`)}`);
    expect(await page.inputValue('#dept-input')).toBe(YUZHONG);
  });

  it('says plainly when the URL names an unknown document, and pins nothing', async () => {
    for (const bad of ['0000000000000000', 'nonsense']) {
      const other = await browser.newPage();
      await other.goto(url(`/?doc=${bad}`));
      await other.waitForFunction(() => /没有找到/.test(document.getElementById('dept-error')!.textContent ?? ''));
      expect(await other.locator('#dept-error').textContent()).toContain(bad);
      expect(await other.locator('#doc-title').textContent()).toContain('未选择部门');
      expect(new URL(other.url()).search).toBe('');
      const sent = other.waitForRequest((r) => r.url().endsWith('/api/ask'));
      await ask(other, '三公经费是多少？', 1);
      expect(JSON.parse((await sent).postData() ?? '{}')).not.toHaveProperty('docId');
      await other.close();
    }
  });

  it('a question with nothing chosen gets a clarify whose department buttons pin one and answer', async () => {
    await page.goto(url());
    await page.locator('#charts-pick').waitFor();
    const clarify = await ask(page, '三公经费是多少？', 1);
    expect(clarify.status).toBe('clarify');
    const buttons = page.locator('#conversation > li').nth(0).locator('button.candidate');
    expect(await buttons.count()).toBe(clarify.candidates!.length);
    expect(await buttons.allTextContents()).toContain(`${BANAN}（2026年）`);
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/ask'));
    await buttons.filter({ hasText: BANAN }).click();
    await page.waitForFunction(() => document.querySelectorAll('#conversation > li').length === 2);
    expect(JSON.parse((await sent).postData() ?? '{}')).toMatchObject({ question: '三公经费是多少？', docId: docIdOf.get(`${BANAN}@2026`) });
    const second = page.locator('#conversation > li').nth(1);
    expect(await second.locator('.answer-text').textContent()).toContain('48.36');
    expect(await second.locator('.answer-source').textContent()).toBe(`依据：${BANAN} · 2026年部门预算`);
    expect(await text('#doc-title')).toBe(`当前部门：${BANAN} · 2026年`);
    expect(new URL(page.url()).search).toBe(`?doc=${docIdOf.get(`${BANAN}@2026`)}`);
    expect((await axe(page)).violations).toEqual([]);
  });

  it('closes the list and says so when nothing matches', async () => {
    await page.fill('#dept-input', '统计');
    await page.locator('#dept-listbox [role="group"]').first().waitFor();
    await page.fill('#dept-input', '不存在的单位');
    await page.waitForFunction(() => /没有找到/.test(document.getElementById('dept-count')!.textContent ?? ''));
    expect(await text('#dept-count')).toBe('没有找到与“不存在的单位”匹配的部门。');
    expect(await page.locator('#dept-input').getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#dept-listbox').isHidden()).toBe(true);
  });

  it('leaving the box shows the choice again; 清除选择 unpins and returns focus to the box', async () => {
    await page.fill('#dept-input', '统计');
    await page.locator('#dept-listbox [role="group"]').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dept-clear');
    expect(await page.inputValue('#dept-input')).toBe(BANAN);
    expect(await page.locator('#dept-listbox').isHidden()).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('#charts-pick').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dept-input');
    expect(new URL(page.url()).search).toBe('');
    expect(await text('#dept-count')).toBe('已改为全部部门：提问时请说明部门。');
  });

  const columnTexts = (n: number) => page.locator(`#compare-result tbody tr > :nth-child(${n})`).allTextContents();
  const sortOf = (key: string) => page.locator(`#compare-result th:has(button[data-key="${key}"])`).getAttribute('aria-sort');

  it('compares one item across departments: the server’s figures largest first, the total labelled, the missing listed, a chart', async () => {
    await page.locator('#compare-result tbody tr').first().waitFor();
    expect(await page.locator('#compare-year-field').isVisible()).toBe(true);
    expect(await page.locator('#compare-year option').allTextContents()).toEqual(['2026年', '2025年']);
    // 城口县农学会 states 无“三公”经费预算: a figure of 0, stated in words, last.
    expect(await columnTexts(1)).toEqual([YUZHONG, SYNTHETIC[0]!.department, '重庆市南岸区市场监督管理局', SYNTHETIC[1]!.department, BANAN, OTHER_OFFICE, '重庆市綦江区石岚镇人民政府', '城口县农学会']);
    expect((await columnTexts(3)).slice(0, 2)).toEqual([
      '367.35万元，查看原文出处',
      `${SYNTHETIC[0]!.figures['sangong.total']}万元，查看原文出处`,
    ]);
    expect(await sortOf('value')).toBe('descending');
    expect(await text('.compare-total')).toBe('合计：886.48万元。这是已载入的 8 份2026年部门预算文件所列金额之和，不是全区（县）总数。');
    expect(await page.locator('.missing li').allTextContents()).toEqual(['重庆市沙坪坝区磁器口社区卫生服务中心']);
    await page.locator('#compare-chart canvas').waitFor();
    expect(await text('#compare-caption')).toBe('“三公”经费：各部门2026年对比（单位：万元）');
  });

  it('sorts by clicking or pressing Enter on a column header, with aria-sort', async () => {
    const byValue = await columnTexts(1);
    await page.click('#compare-result button[data-key="department"]');
    expect(await sortOf('department')).toBe('ascending');
    expect(await sortOf('value')).toBeNull();
    const names = await columnTexts(1);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh')));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('department');
    await page.keyboard.press('Enter');
    expect(await sortOf('department')).toBe('descending');
    expect(await columnTexts(1)).toEqual([...names].reverse());
    await page.focus('#compare-result button[data-key="value"]');
    await page.keyboard.press('Enter');
    expect(await sortOf('value')).toBe('descending');
    expect(await columnTexts(1)).toEqual(byValue);
    await page.keyboard.press('Enter');
    expect(await sortOf('value')).toBe('ascending');
    expect(await columnTexts(1)).toEqual([...byValue].reverse());
    expect(await text('#compare-status')).toBe('已按金额从低到高排列。');
  });

  it('opens a figure’s source sentence from the table and returns focus', async () => {
    const figure = page.locator('#compare-result tr', { hasText: YUZHONG }).locator('button.figure-link');
    await figure.click();
    await page.locator('#viewer-mark').waitFor();
    expect(await page.locator('#viewer-mark strong').textContent()).toBe('367.35');
    expect(await page.locator('#viewer-meta').textContent()).toContain(YUZHONG);
    await page.keyboard.press('Escape');
    expect(await figure.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('changes item and year; has no axe violations', async () => {
    await page.selectOption('#compare-key', 'sangong.reception');
    await page.waitForFunction(() => document.getElementById('compare-caption')!.textContent!.startsWith('公务接待费'));
    expect(await sortOf('value')).toBe('ascending'); // the chosen order is kept
    await page.selectOption('#compare-key', 'sangong.total');
    await page.selectOption('#compare-year', '2025');
    await page.waitForFunction(() => /2025年对比/.test(document.getElementById('compare-caption')!.textContent ?? ''));
    expect(await columnTexts(1)).toEqual([YUZHONG]);
    expect(await columnTexts(3)).toEqual(['327.45万元，查看原文出处']);
    expect(await text('.compare-total')).toContain('已载入的 1 份2025年部门预算文件');
    await page.selectOption('#compare-year', '2026');
    await page.locator('#compare-result tbody tr').nth(6).waitFor();
    await page.click('#compare-result button[data-key="value"]');
    expect(await sortOf('value')).toBe('descending');
    expect((await axe(page)).violations).toEqual([]);
    await page.locator('#compare').screenshot({ path: screenshotPath('portal-compare.png') });
  });

  it.each([
    ['320 px wide', { width: 320, height: 640 }],
    ['200% zoom of a 1280 px window', { width: 640, height: 400 }],
  ])('reflows without horizontal scrolling at %s, picker open and comparison shown', async (_name, viewport) => {
    const small = await browser.newPage(viewport);
    await small.goto(url(`/?doc=${docIdOf.get(`${YUZHONG}@2026`)}`));
    await small.locator('#compare-result tbody tr').first().waitFor();
    await small.fill('#dept-input', '统计');
    await small.locator('#dept-listbox [role="group"]').nth(1).waitFor();
    expect(await horizontalOverflow(small)).toEqual({ page: 0, wide: [] });
    await small.close();
  });

  it('logged no console errors but the one unknown document, and made no request outside its origin', () => {
    const notFound = browser.consoleErrors.filter((e) => /status of 404/.test(e));
    expect(notFound).toHaveLength(1);
    expect(browser.consoleErrors.filter((e) => !notFound.includes(e))).toEqual([]);
    expect(browser.outside).toEqual([]);
  });
});
