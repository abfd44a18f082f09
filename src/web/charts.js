// Charts drawn with the locally served ECharts. Every figure is a decimal string computed by the server
// (GET /api/charts?doc=, GET /api/compare); the page only draws and prints those strings, it does no arithmetic.
import { api } from './api.js';
import { h, replace } from './dom.js';

const FONT = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
export const COLORS = ['#9a6b00', '#b3261e'];

/** A data table: first cell of each row is its header cell; `caption` says what it holds. */
export function dataTable(caption, headers, rows) {
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'data' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows.map(([head, ...cells]) => h('tr', {}, h('th', { scope: 'row' }, head), cells.map((c) => h('td', {}, c))))),
    ),
  );
}

const live = new Set();
let listening = false;

/** Remove the chart drawn in `el`, if any. */
export function clearChart(el) {
  const chart = window.echarts?.getInstanceByDom(el);
  if (!chart) return;
  live.delete(chart);
  chart.dispose();
}

/** Draw `option` in `el` (replacing what was there); every live chart follows the window's size. */
export function drawChart(el, option) {
  if (!window.echarts) return null;
  clearChart(el);
  // On a narrow screen the bar labels would collide; the table beside each chart carries the same figures.
  if (el.clientWidth < 480) for (const series of option.series) series.label.show = false;
  const chart = window.echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({ animation: false, textStyle: { fontFamily: FONT, color: '#1a1a1a' }, ...option });
  live.add(chart);
  if (!listening) {
    listening = true;
    window.addEventListener('resize', () => live.forEach((c) => c.resize()));
  }
  return chart;
}

/** Bar labels that print the server's string for each bar. */
export const barLabel = (position) => ({ show: true, position, color: '#1a1a1a', formatter: (p) => p.data.display });

/** A horizontal bar per item, largest at the top as given: `items` are { label, value } with decimal strings. */
export function horizontalBars(items, { labelWidth = 96, color = COLORS[1] } = {}) {
  return {
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', show: false },
    yAxis: { type: 'category', inverse: true, data: items.map((i) => i.label), axisLabel: { width: labelWidth, overflow: 'break', color: '#1a1a1a' } },
    series: [{ type: 'bar', barMaxWidth: 28, itemStyle: { color }, data: items.map((i) => ({ value: i.value, display: i.value })), label: barLabel('right') }],
  };
}

function sangongOption(s) {
  const series = (name, key, color) => ({
    name, type: 'bar', barMaxWidth: 28, itemStyle: { color },
    data: s.items.map((i) => ({ value: i[key] ?? '-', display: i[key] ?? '—' })),
    label: barLabel('top'),
  });
  return {
    legend: { top: 0, textStyle: { color: '#1a1a1a' } },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: s.items.map((i) => i.label), axisLabel: { interval: 0, width: 64, overflow: 'break', color: '#1a1a1a' } },
    yAxis: { type: 'value', name: '万元', nameTextStyle: { color: '#1a1a1a' }, axisLabel: { color: '#1a1a1a' } },
    series: [series(`${s.priorYear}年`, 'prior', COLORS[0]), series(`${s.year}年`, 'current', COLORS[1])],
  };
}

/**
 * The chart card for one document (`docId`), or for the only department loaded (no `docId`, `needsChoice` false).
 * With several departments loaded and none chosen (`needsChoice`), it asks for a department instead of a request.
 */
export async function renderCharts(root, { docId, needsChoice = false } = {}) {
  const body = root.querySelector('#charts-body');
  const pick = root.querySelector('#charts-pick');
  const canvases = [root.querySelector('#composition-chart'), root.querySelector('#sangong-chart')];
  root.querySelector('#charts-error').textContent = '';
  if (needsChoice && !docId) {
    canvases.forEach(clearChart);
    body.hidden = true;
    pick.hidden = false;
    return;
  }
  pick.hidden = true;
  body.hidden = false;
  const data = await api(docId ? `/api/charts?doc=${encodeURIComponent(docId)}` : '/api/charts');
  root.querySelector('#charts-department').textContent = `${data.department} · ${data.year}年`;
  const comp = data.composition.items;
  root.querySelector('#composition-caption').textContent = `${data.year}年支出预算构成（按功能分类，单位：${data.unit}）`;
  replace(root.querySelector('#composition-table'),
    dataTable('支出预算构成数据表', ['项目', `金额（${data.unit}）`, '占支出合计'], comp.map((i) => [i.label, i.value, i.share ? `${i.share}%` : '—'])));
  drawChart(canvases[0], horizontalBars(comp));

  const s = data.sangong;
  root.querySelector('#sangong-caption').textContent = `“三公”经费：${s.year}年与${s.priorYear}年（单位：${data.unit}）`;
  replace(root.querySelector('#sangong-table'),
    dataTable('“三公”经费数据表', ['项目', `${s.priorYear}年`, `${s.year}年`, '上年数的推算'], s.items.map((i) => [i.label, i.prior ?? '—', i.current, i.derivation ?? '原文未给出增减额'])));
  drawChart(canvases[1], sangongOption(s));
}
