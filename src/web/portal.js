// The public portal: pick a department, ask, read answers with every figure traceable, follow up, see the charts
// of the chosen department, compare departments, hand over to staff.
import { api, ApiError, describeError } from './api.js';
import { renderTurn } from './answer-view.js';
import { renderCharts } from './charts.js';
import { createCompareView } from './compare-view.js';
import { createDepartmentPicker, searchDepartments } from './department-picker.js';
import { h, replace } from './dom.js';
import { setupHandover } from './handover.js';
import { createFactLookup, createNumberDetail } from './number-detail.js';
import { createSourceViewer } from './source-viewer.js';
import { docInUrl, writeDocToUrl } from './url-state.js';

const $ = (id) => document.getElementById(id);
const DOC_ID = /^[0-9a-f]{16}$/;

const state = {
  conversationId: null,
  turns: 0,
  pending: false,
  /** The chosen document, sent as docId with every question: { docId, department, year, group, contact }. */
  pin: null,
  /** What is loaded: { documents, departments, years, only } (only: the department when there is just one). */
  corpus: { documents: 0, departments: 0, years: [], only: null },
};
const viewer = createSourceViewer($('source-viewer'));
const lookup = createFactLookup();
const showNumber = createNumberDetail({ lookup, openSource: viewer.open });
const handover = setupHandover({ section: $('handover'), getConversationId: () => state.conversationId });
const picker = createDepartmentPicker({
  input: $('dept-input'),
  listbox: $('dept-listbox'),
  status: $('dept-count'),
  onChoose: (group) => settle(group ? choose(group.documents[0].id, { group }) : unpin()),
});
const compare = createCompareView({
  section: $('compare'),
  async openFigure(row, opener) {
    const fact = await lookup(row.factId, [row.docId]);
    if (!fact) throw new ApiError(404, 'not_found', row.factId);
    await viewer.open(row.docId, { start: fact.sentence.start, end: fact.sentence.end }, fact.span, opener);
  },
});

/** A change of department that failed says so beside the picker. */
const settle = (promise) => void promise.catch((err) => { $('dept-error').textContent = `部门暂时无法切换：${describeError(err)}`; });

function showContact(contact) {
  if (!contact?.phone) {
    $('contact').textContent = state.corpus.departments > 1 ? '咨询电话见各部门预算公开文件。' : '咨询电话见部门预算公开文件。';
    return;
  }
  replace($('contact'), '咨询电话：', h('a', { href: `tel:${contact.phone.replace(/[^\d+]/g, '')}` }, contact.phone), contact.person ? `（${contact.person}）` : '');
}

function headerText() {
  const { pin, corpus } = state;
  if (pin) return `当前部门：${pin.department} · ${pin.year}年`;
  if (corpus.only) return `依据：${corpus.only.documents[0].title}`;
  return `依据：${corpus.documents} 份部门预算公开文件（${corpus.departments} 个部门）· 未选择部门`;
}

/** The years of the chosen department, when it has more than one document loaded. */
function showYears(group, docId) {
  const several = Boolean(group && group.documents.length > 1);
  $('dept-year-field').hidden = !several;
  if (several) {
    replace($('dept-year'), group.documents.map((d) => h('option', { value: d.id }, `${d.year}年`)));
    $('dept-year').value = docId;
  }
}

/** Header, picker, year choice, charts and contact for the current choice (or for the only department). */
async function showSelection() {
  const { pin, corpus } = state;
  $('doc-title').textContent = headerText();
  picker.show(pin?.group ?? corpus.only);
  $('dept-clear').hidden = !pin;
  showYears(pin?.group, pin?.docId);
  const onlyDoc = corpus.only?.documents[0].id;
  showContact(pin ? pin.contact : onlyDoc ? (await viewer.load(onlyDoc)).contact : undefined);
  await renderCharts($('charts'), { docId: pin?.docId, needsChoice: corpus.departments > 1 })
    .catch(() => { $('charts-error').textContent = '图表暂时无法加载。'; });
}

/** The department (with its years) a document belongs to. */
async function groupOf(doc) {
  const { departments } = await searchDepartments(doc.department);
  return departments.find((g) => g.documents.some((d) => d.id === doc.id)) ?? { department: doc.department, documents: [{ id: doc.id, year: doc.year, title: doc.title }] };
}

/** Pin a document: every question from now on is asked of it; the URL says so (`history`: push, replace, none). */
async function choose(docId, { group, history = 'push' } = {}) {
  $('dept-error').textContent = '';
  const doc = await viewer.load(docId);
  state.pin = { docId, department: doc.department, year: doc.year, group: group ?? (await groupOf(doc)), contact: doc.contact };
  if (history !== 'none') writeDocToUrl(docId, history);
  $('dept-count').textContent = `已选择：${doc.department}（${doc.year}年）。`;
  await showSelection();
}

async function unpin({ history = 'push', announce = true } = {}) {
  state.pin = null;
  if (history !== 'none') writeDocToUrl(null, history);
  if (announce) $('dept-count').textContent = '已改为全部部门：提问时请说明部门。';
  await showSelection();
}

/** Apply the URL's ?doc= (on load and on back/forward); an unknown document is said plainly and not pinned. */
async function applyUrl() {
  const docId = docInUrl();
  if (!docId) return unpin({ history: 'none', announce: false });
  try {
    if (!DOC_ID.test(docId)) throw new ApiError(400, 'invalid_request', 'not a document id');
    await choose(docId, { history: 'none' });
  } catch (err) {
    await unpin({ history: 'replace', announce: false });
    $('dept-error').textContent = err instanceof ApiError && (err.status === 404 || err.status === 400)
      ? `链接中的部门文件（${docId}）没有找到，可能已更新或不再提供。现在没有选定部门，请重新选择。`
      : `链接中的部门暂时无法加载：${describeError(err)}`;
  }
}

async function ask(question) {
  if (state.pending) return;
  state.pending = true;
  $('ask-button').setAttribute('aria-disabled', 'true');
  $('ask-status').textContent = '正在查询…';
  $('ask-error').textContent = '';
  try {
    const body = { question, ...(state.conversationId ? { conversationId: state.conversationId } : {}), ...(state.pin ? { docId: state.pin.docId } : {}) };
    const answer = await api('/api/ask', { method: 'POST', body });
    state.conversationId = answer.conversationId;
    state.turns += 1;
    $('conversation').append(
      renderTurn(question, answer, {
        id: state.turns,
        onNumber: showNumber,
        onCitation: (c, opener) => viewer.open(c.docId, c, null, opener),
        onCandidate: (c) => void askOf(c.docId, question),
      }),
    );
    $('ask-status').textContent = '';
    $('answers-empty').hidden = true;
    $('handover').hidden = false;
    $('question').value = '';
  } catch (err) {
    $('ask-status').textContent = '';
    $('ask-error').textContent = describeError(err);
  } finally {
    state.pending = false;
    $('ask-button').removeAttribute('aria-disabled');
  }
}

/** A department offered by a clarify: pin it and ask the same question again. */
async function askOf(docId, question) {
  try {
    await choose(docId);
  } catch (err) {
    $('ask-error').textContent = describeError(err);
    return;
  }
  await ask(question);
}

$('ask-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = $('question').value.trim();
  if (!q) {
    $('ask-error').textContent = '请先输入问题。';
    $('question').focus();
    return;
  }
  void ask(q);
});

for (const button of document.querySelectorAll('button.example')) {
  button.addEventListener('click', () => {
    $('question').value = button.textContent;
    void ask(button.textContent);
  });
}

$('new-conversation').addEventListener('click', () => {
  state.conversationId = null;
  replace($('conversation'));
  $('answers-empty').hidden = false;
  $('handover').hidden = true;
  handover.reset();
  $('question').focus();
});

$('dept-clear').addEventListener('click', () => {
  $('dept-input').focus();
  settle(unpin());
});
$('dept-year').addEventListener('change', () => settle(choose($('dept-year').value, { group: state.pin?.group })));
window.addEventListener('popstate', () => settle(applyUrl()));

async function start() {
  const [docs, departments] = await Promise.all([api('/api/documents?limit=1'), searchDepartments('')]);
  state.corpus = {
    documents: docs.total,
    departments: departments.total,
    years: departments.years ?? [],
    only: departments.total === 1 ? departments.departments[0] : null,
  };
  await applyUrl();
  if (state.corpus.departments > 1) await compare.start(state.corpus.years);
}

start().catch(() => { $('doc-title').textContent = '公开文件信息暂时无法加载。'; });
