// The public portal: ask, read answers with every figure traceable, follow up, hand over to staff.
import { api, describeError } from './api.js';
import { renderTurn } from './answer-view.js';
import { renderCharts } from './charts.js';
import { h, replace } from './dom.js';
import { setupHandover } from './handover.js';
import { createFactLookup, createNumberDetail } from './number-detail.js';
import { createSourceViewer } from './source-viewer.js';

const $ = (id) => document.getElementById(id);

const state = { conversationId: null, turns: 0, pending: false };
const viewer = createSourceViewer($('source-viewer'));
const showNumber = createNumberDetail({ lookup: createFactLookup(), openSource: viewer.open });
const handover = setupHandover({ section: $('handover'), getConversationId: () => state.conversationId });

async function ask(question) {
  if (state.pending) return;
  state.pending = true;
  $('ask-button').setAttribute('aria-disabled', 'true');
  $('ask-status').textContent = '正在查询…';
  $('ask-error').textContent = '';
  try {
    const body = { question, ...(state.conversationId ? { conversationId: state.conversationId } : {}) };
    const answer = await api('/api/ask', { method: 'POST', body });
    state.conversationId = answer.conversationId;
    state.turns += 1;
    $('conversation').append(
      renderTurn(question, answer, {
        id: state.turns,
        onNumber: showNumber,
        onCitation: (c, opener) => viewer.open(c.docId, c, null, opener),
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

async function loadDocumentInfo() {
  const { documents } = await api('/api/documents');
  const first = documents[0];
  if (!first) return;
  $('doc-title').textContent = documents.length === 1 ? `依据：${first.title}` : `依据：${documents.length} 份部门预算公开文件`;
  const doc = await viewer.load(first.id);
  if (doc.contact?.phone) {
    replace($('contact'), '咨询电话：', h('a', { href: `tel:${doc.contact.phone.replace(/[^\d+]/g, '')}` }, doc.contact.phone), doc.contact.person ? `（${doc.contact.person}）` : '');
  }
}

loadDocumentInfo().catch(() => { $('doc-title').textContent = '公开文件信息暂时无法加载。'; });
renderCharts($('charts')).catch(() => { $('charts-error').textContent = '图表暂时无法加载。'; });
