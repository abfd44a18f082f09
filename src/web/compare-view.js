// The comparison across departments (GET /api/compare): one item in every loaded department's document of one year,
// as a sortable table whose figures open their source sentence, and a horizontal bar chart of the same rows.
// Figures, the order by value and the total are the server's; the page only prints and arranges its strings.
import { api, describeError } from './api.js';
import { clearChart, drawChart, horizontalBars } from './charts.js';
import { h, replace } from './dom.js';

/** Bars beyond this many would be unreadable; the table always holds every row. */
const CHART_MAX = 30;

const COLUMNS = [
  { key: 'department', label: '部门', natural: 'ascending' },
  { key: 'district', label: '区县', natural: 'ascending' },
  { key: 'value', label: '金额（万元）', natural: 'descending' },
];

/**
 * Rows in the chosen order. By value the order is the server's (largest first), reversed for ascending, so no
 * figure is ever compared or computed here; by name or district, Chinese collation with the server's order on ties.
 */
export function orderRows(rows, { key, dir }) {
  const ranked = rows.map((row, rank) => ({ row, rank }));
  const column = COLUMNS.find((c) => c.key === key) ?? COLUMNS[2];
  if (column.key !== 'value') ranked.sort((a, b) => (a.row[key] ?? '').localeCompare(b.row[key] ?? '', 'zh') || a.rank - b.rank);
  if (dir !== column.natural) ranked.reverse();
  return ranked.map((x) => x.row);
}

function orderText({ key, dir }) {
  const column = COLUMNS.find((c) => c.key === key);
  if (key === 'value') return `按金额${dir === 'descending' ? '从高到低' : '从低到高'}排列`;
  return `按${column.label}${dir === 'ascending' ? '升序' : '降序'}排列`;
}

function sortHeader(column, sort, onSort) {
  const here = sort.key === column.key;
  return h('th', { scope: 'col', 'aria-sort': here ? sort.dir : undefined },
    h('button', { type: 'button', class: 'sort', 'data-key': column.key, onclick: () => onSort(column.key) },
      column.label,
      h('span', { class: 'sort-icon', 'aria-hidden': 'true' }, here ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'),
    ),
  );
}

function valueCell(row, onValue) {
  return h('td', { class: 'value' },
    h('button', { type: 'button', class: 'link figure-link', title: row.quote, onclick: (e) => onValue(row, e.currentTarget) },
      row.value, h('span', { class: 'visually-hidden' }, '万元，查看原文出处')),
    row.published ? h('span', { class: 'hint' }, ` 原文为${row.published}（${row.derivation ?? ''}）`) : null,
  );
}

function compareTable(data, sort, onSort, onValue) {
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'data sortable' },
      h('caption', {}, `${data.label}，${data.year}年，单位：${data.unit}；${orderText(sort)}。点列标题可重新排序，点金额可查看原文出处。`),
      h('thead', {}, h('tr', {}, COLUMNS.map((c) => sortHeader(c, sort, onSort)))),
      h('tbody', {}, orderRows(data.rows, sort).map((row) =>
        h('tr', {}, h('th', { scope: 'row' }, row.department), h('td', {}, row.district ?? '—'), valueCell(row, onValue)))),
    ),
  );
}

function totalLine(data) {
  if (!data.total) return null;
  return h('p', { class: 'compare-total' },
    '合计：', h('strong', {}, `${data.total.value}${data.unit}`),
    `。这是已载入的 ${data.total.documents} 份${data.year}年部门预算文件所列金额之和，不是全区（县）总数。`);
}

function missingList(data) {
  if (data.missing.length === 0) return null;
  return h('div', { class: 'missing' },
    h('h3', { class: 'small-heading' }, `未列出${data.label}的部门（${data.missing.length}）`),
    h('ul', {}, data.missing.map((m) => h('li', {}, m.department))));
}

/**
 * `section` holds #compare-key, #compare-year(-field), #compare-status, #compare-error, #compare-result,
 * #compare-caption, #compare-chart. `openFigure(row, opener)` shows a row's source.
 */
export function createCompareView({ section, openFigure }) {
  const $ = (sel) => section.querySelector(sel);
  const keySelect = $('#compare-key');
  const yearSelect = $('#compare-year');
  let data = null;
  let sort = { key: 'value', dir: 'descending' };
  let seq = 0;

  function onSort(key) {
    const column = COLUMNS.find((c) => c.key === key);
    sort = sort.key === key ? { key, dir: sort.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: column.natural };
    renderTable();
    $(`#compare-result button.sort[data-key="${key}"]`).focus();
    $('#compare-status').textContent = `已${orderText(sort)}。`;
  }

  async function onValue(row, opener) {
    $('#compare-error').textContent = '';
    try {
      await openFigure(row, opener);
    } catch (err) {
      $('#compare-error').textContent = `出处暂时无法打开：${describeError(err)}`;
    }
  }

  function renderTable() {
    replace($('#compare-result'), compareTable(data, sort, onSort, onValue), totalLine(data), missingList(data));
  }

  function renderChart() {
    const chart = $('#compare-chart');
    const rows = data.rows.slice(0, CHART_MAX);
    const more = data.rows.length > rows.length ? `，金额最高的 ${rows.length} 个部门` : '';
    $('#compare-caption').textContent = `${data.label}：各部门${data.year}年对比（单位：${data.unit}${more}）`;
    $('#compare-figure').hidden = rows.length === 0;
    if (rows.length === 0) return clearChart(chart);
    chart.style.height = `${4 + rows.length * 2.5}rem`;
    drawChart(chart, horizontalBars(rows.map((r) => ({ label: r.department, value: r.value })), { labelWidth: Math.round(chart.clientWidth * 0.4) }));
  }

  async function load() {
    const mine = ++seq;
    const params = new URLSearchParams({ key: keySelect.value });
    if (yearSelect.value) params.set('year', yearSelect.value);
    $('#compare-status').textContent = '正在加载对比数据…';
    $('#compare-error').textContent = '';
    try {
      const result = await api(`/api/compare?${params}`);
      if (mine !== seq) return;
      data = result;
      renderTable();
      renderChart();
      $('#compare-status').textContent = `${data.rows.length} 个部门列出了${data.label}${data.missing.length ? `，${data.missing.length} 个未列出` : ''}。`;
    } catch (err) {
      if (mine !== seq) return;
      $('#compare-status').textContent = '';
      $('#compare-error').textContent = `对比数据暂时无法加载：${describeError(err)}`;
    }
  }

  keySelect.addEventListener('change', () => void load());
  yearSelect.addEventListener('change', () => void load());

  return {
    /** Show the section for the loaded years (newest first); a year selector only when there are several. */
    start(years) {
      replace(yearSelect, years.map((y) => h('option', { value: String(y) }, `${y}年`)));
      $('#compare-year-field').hidden = years.length < 2;
      section.hidden = false;
      return load();
    },
  };
}
