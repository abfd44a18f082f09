// One queue item: the conversation, the caller's callback details, and resolving it with a note.
import { api, describeError } from './api.js';
import { cstTime, h, replace } from './dom.js';
import { ENGINES, REASONS, STATES, STATUSES } from './staff-labels.js';

function facts(item) {
  const rows = [
    ['编号', String(item.id)],
    ['状态', STATES[item.state] ?? item.state],
    ['原因', `${REASONS[item.reason] ?? item.reason}${item.handedOver && item.reason !== 'handed_over' ? '，用户已转人工' : ''}`],
    ['开始时间', cstTime(item.openedAt)],
    ['回电电话', item.callback.phone ?? '未留'],
    ['电子邮箱', item.callback.email ?? '未留'],
    ['用户留言', item.callback.message ?? '无'],
  ];
  if (item.note) rows.push(['处理说明', item.note], ['处理时间', item.resolvedAt ? cstTime(item.resolvedAt) : '']);
  return rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]);
}

function turn(q) {
  return h('li', { class: `turn status-${q.status}` },
    h('p', { class: 'question' }, h('span', { class: 'who' }, '问'), q.question),
    h('p', {}, h('span', { class: 'who' }, '答'), q.answer),
    h('p', { class: 'queue-meta' }, `${cstTime(q.askedAt)} · ${STATUSES[q.status] ?? q.status} · ${ENGINES[q.engine] ?? q.engine} · 用时 ${q.elapsedMs.toFixed(1)} 毫秒`),
  );
}

export function setupCaseView({ section, token, onChanged, onClose }) {
  const note = section.querySelector('#resolve-note');
  const error = section.querySelector('#resolve-error');
  let current = null;

  section.querySelector('#case-close').addEventListener('click', () => {
    section.hidden = true;
    onClose(current);
  });

  section.querySelector('#resolve-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!note.value.trim()) {
      error.textContent = '请填写处理说明。';
      note.setAttribute('aria-invalid', 'true');
      note.focus();
      return;
    }
    note.setAttribute('aria-invalid', 'false');
    error.textContent = '';
    try {
      const { item } = await api(`/api/staff/questions/${current}/resolve`, { method: 'POST', token: token(), body: { note: note.value.trim() } });
      replace(section.querySelector('#case-facts'), ...facts(item));
      onChanged(`案件 ${item.id} 已标记为已解决。`);
    } catch (err) {
      error.textContent = describeError(err);
    }
  });

  return async function open(id) {
    const { item, conversation } = await api(`/api/staff/questions/${id}`, { token: token() });
    current = item.id;
    section.querySelector('#case-heading').textContent = `案件 ${item.id}`;
    replace(section.querySelector('#case-facts'), ...facts(item));
    replace(section.querySelector('#case-conversation'), ...conversation.map(turn));
    note.value = item.note ?? '';
    error.textContent = '';
    section.hidden = false;
    section.focus();
  };
}
