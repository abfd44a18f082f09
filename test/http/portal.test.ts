import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/http/web-assets.js';
import { buildTestApp } from '../support/test-app.js';
import { buildHotlineApp } from '../support/hotline-app.js';

let h: Awaited<ReturnType<typeof buildHotlineApp>>;
beforeAll(async () => {
  h = await buildHotlineApp({ RATE_LIMIT_PER_MINUTE: '1000' });
});
afterAll(() => h.deps.questions.close());

const WEB = join(process.cwd(), 'src', 'web');
const get = (path: string, headers: Record<string, string> = {}) => h.app.request(path, { headers });

/** Every same-origin URL a page or module refers to: src/href attributes and ES module imports. */
function references(text: string): string[] {
  const attrs = [...text.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  const imports = [...text.matchAll(/\bfrom\s+'(\.\/[^']+)'/g)].map((m) => m[1]!.replace(/^\.\//, '/'));
  return [...attrs, ...imports].filter((u) => !u.startsWith('#') && !u.startsWith('tel:'));
}

describe('portal page', () => {
  it('serves / as zh-CN HTML with a self-only Content-Security-Policy and secure headers', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    for (const directive of csp.split('; ')) expect(directive).toMatch(/^[a-z-]+ '(self|none)'$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).toMatch(/<html lang="zh-CN">/);
    expect(html).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1">/);
    expect(html).toMatch(/aria-live="polite"/);
    expect(html).not.toMatch(/<script>|<style|\sstyle="|\son[a-z]+="/);
  });

  it('labels every form control', () => {
    for (const file of ['index.html', 'staff.html']) {
      const html = readFileSync(join(WEB, file), 'utf8');
      const ids = [...html.matchAll(/<(?:input|textarea|select)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]!);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(html, `${file} #${id}`).toContain(`<label for="${id}"`);
    }
  });

  it('refers only to its own origin, and every referenced file is served with the CSP', async () => {
    const seen = new Set<string>();
    const queue = ['/', '/staff'];
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      if (path.endsWith('.min.js')) continue;
      for (const ref of references(await res.text())) {
        expect(ref, `${path} → ${ref}`).toMatch(/^\/[^/]/);
        queue.push(ref);
      }
    }
    expect(seen).toContain('/vendor/echarts.min.js');
    expect(seen).toContain('/portal.js');
    expect(seen).toContain('/staff.js');
  });

  it('serves ECharts from node_modules, byte for byte', async () => {
    const res = await get('/vendor/echarts.min.js');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const local = readFileSync(join(process.cwd(), 'node_modules', 'echarts', 'dist', 'echarts.min.js'));
    expect(Buffer.from(await res.arrayBuffer()).equals(local)).toBe(true);
  });

  it('revalidates with ETag (304 when unchanged)', async () => {
    const first = await get('/portal.js');
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await get('/portal.js', { 'if-none-match': etag });
    expect(again.status).toBe(304);
  });

  it('never inserts text as HTML and never computes figures in the browser', () => {
    for (const file of readdirSync(WEB).filter((f) => f.endsWith('.js'))) {
      const js = readFileSync(join(WEB, file), 'utf8');
      expect(js, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
      expect(js, file).not.toMatch(/parseFloat|parseInt|\bNumber\(|toFixed\((?!1\))/);
    }
  });

  it('an app built without assets has no portal (JSON 404), and no staff console without a token', async () => {
    const { app } = await buildTestApp();
    const res = await app.request('/');
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).error.code).toBe('not_found');
  });
});

describe('GET /api/charts', () => {
  it('sends the composition and the "三公" items with last year computed by the server calculator, as decimal strings', async () => {
    const res = await get('/api/charts');
    expect(res.status).toBe(200);
    const data = (await res.json()) as any;
    expect(data.unit).toBe('万元');
    expect(data.composition.total.value).toBe('11491.61');
    expect(data.composition.items.map((i: any) => [i.label, i.value, i.share])).toEqual([
      ['一般公共服务支出', '10784.89', '93.85'],
      ['社会保障和就业支出', '445.5', '3.88'],
      ['卫生健康支出', '116.26', '1.01'],
      ['住房保障支出', '144.96', '1.26'],
    ]);
    expect(data.sangong).toMatchObject({ year: 2026, priorYear: 2025 });
    const byKey = Object.fromEntries(data.sangong.items.map((i: any) => [i.key, i]));
    expect(byKey['sangong.vehicle_purchase']).toMatchObject({ current: '252', prior: '218', derivation: '252 − 34 = 218' });
    expect(byKey['sangong.reception']).toMatchObject({ current: '27.55', prior: '28.85', derivation: '27.55 − (−1.3) = 28.85' });
    expect(byKey['sangong.vehicle_operation']).toMatchObject({ current: '87.8', prior: '79.6' });
    expect(byKey['sangong.overseas']).toMatchObject({ current: '0', prior: '0' });
    expect(byKey['sangong.total']).toBeUndefined();
    for (const item of data.sangong.items) for (const v of [item.current, item.prior]) expect(typeof v).toBe('string');
  });

  it('validates the document id', async () => {
    expect((await get('/api/charts?doc=nope')).status).toBe(400);
    expect((await get('/api/charts?doc=0000000000000000')).status).toBe(404);
  });
});
