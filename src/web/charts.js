// Charts drawn with the locally served ECharts. Every figure is a decimal string computed by the server
// (GET /api/charts); the page only draws and prints those strings, it does no arithmetic of its own.
import { api } from './api.js';
import { h, replace } from './dom.js';

const FONT = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
const COLORS = ['#9a6b00', '#b3261e'];

function table(caption, headers, rows) {
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'data' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows.map(([head, ...cells]) => h('tr', {}, h('th', { scope: 'row' }, head), cells.map((c) => h('td', {}, c))))),
    ),
  );
}

function draw(el, option) {
  if (!window.echarts) return null;
  // On a narrow screen the bar labels would collide; the table below carries the same figures.
  if (el.clientWidth < 480) for (const series of option.series) series.label.show = false;
  const chart = window.echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({ animation: false, textStyle: { fontFamily: FONT, color: '#1a1a1a' }, ...option });
  return chart;
}

const label = (position) => ({ show: true, position, color: '#1a1a1a', formatter: (p) => p.data.display });

function compositionOption(items) {
  return {
    grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', show: false },
    yAxis: { type: 'category', inverse: true, data: items.map((i) => i.label), axisLabel: { width: 96, overflow: 'break', color: '#1a1a1a' } },
    series: [{ type: 'bar', barMaxWidth: 28, itemStyle: { color: COLORS[1] }, data: items.map((i) => ({ value: i.value, display: i.value })), label: label('right') }],
  };
}

function sangongOption(s) {
  const series = (name, key, color) => ({
    name, type: 'bar', barMaxWidth: 28, itemStyle: { color },
    data: s.items.map((i) => ({ value: i[key] ?? '-', display: i[key] ?? '—' })),
    label: label('top'),
  });
  return {
    legend: { top: 0, textStyle: { color: '#1a1a1a' } },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: s.items.map((i) => i.label), axisLabel: { interval: 0, width: 64, overflow: 'break', color: '#1a1a1a' } },
    yAxis: { type: 'value', name: '万元', nameTextStyle: { color: '#1a1a1a' }, axisLabel: { color: '#1a1a1a' } },
    series: [series(`${s.priorYear}年`, 'prior', COLORS[0]), series(`${s.year}年`, 'current', COLORS[1])],
  };
}

export async function renderCharts(root) {
  const data = await api('/api/charts');
  const charts = [];
  const comp = data.composition.items;
  root.querySelector('#composition-caption').textContent = `${data.year}年支出预算构成（按功能分类，单位：${data.unit}）`;
  replace(root.querySelector('#composition-table'),
    table('支出预算构成数据表', ['项目', `金额（${data.unit}）`, '占支出合计'], comp.map((i) => [i.label, i.value, i.share ? `${i.share}%` : '—'])));
  charts.push(draw(root.querySelector('#composition-chart'), compositionOption(comp)));

  const s = data.sangong;
  root.querySelector('#sangong-caption').textContent = `“三公”经费：${s.year}年与${s.priorYear}年（单位：${data.unit}）`;
  replace(root.querySelector('#sangong-table'),
    table('“三公”经费数据表', ['项目', `${s.priorYear}年`, `${s.year}年`, '上年数的推算'], s.items.map((i) => [i.label, i.prior ?? '—', i.current, i.derivation ?? '原文未给出增减额'])));
  charts.push(draw(root.querySelector('#sangong-chart'), sangongOption(s)));

  const live = charts.filter(Boolean);
  window.addEventListener('resize', () => live.forEach((c) => c.resize()));
}
