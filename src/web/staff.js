// Staff console: sign in with the token, filter the follow-up queue, open a case, resolve it, export CSV.
import { api, describeError } from './api.js';
import { cstTime, h, replace } from './dom.js';
import { setupCaseView } from './staff-case.js';
import { REASONS, STATES } from './staff-labels.js';

const $ = (id) => document.getElementById(id);
const KEY = 'budget-qa-staff-token';
const token = () => sessionStorage.getItem(KEY);
const say = (text) => { $('staff-status').textContent = text; };
const fail = (text) => { $('staff-error').textContent = text; };

function filterParams() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData($('filters'))) if (String(v).trim()) params.set(k, String(v).trim());
  return params;
}

function queueEntry(item) {
  return h('li', {},
    h('p', {},
      h('span', { class: `tag tag-${item.state}` }, STATES[item.state] ?? item.state),
      h('span', { class: 'tag' }, REASONS[item.reason] ?? item.reason),
      item.handedOver && item.reason !== 'handed_over' ? h('span', { class: 'tag' }, REASONS.handed_over) : null,
      item.callback.phone || item.callback.email ? h('span', { class: 'tag' }, '需回电') : null,
    ),
    h('p', { class: 'question' }, item.latestQuestion || '（无问题记录）'),
    h('p', { class: 'queue-meta' }, `编号 ${item.id} · ${item.questionCount} 个问题 · 更新于 ${cstTime(item.updatedAt)}`),
    h('button', { type: 'button', class: 'secondary', 'aria-label': `查看案件 ${item.id}`, onclick: () => openCase(item.id) }, '查看'),
  );
}

async function loadQueue() {
  fail('');
  try {
    const { items, total } = await api(`/api/staff/questions?${filterParams()}`, { token: token() });
    replace($('queue-list'), ...items.map(queueEntry));
    $('queue-count').textContent = total > items.length ? `共 ${total} 条，显示前 ${items.length} 条。` : `共 ${total} 条。`;
    return true;
  } catch (err) {
    if (err.status === 401) signOut('令牌不正确或已更换，请重新登录。');
    else fail(describeError(err));
    return false;
  }
}

const openCase = (id) => showCase(id).catch((err) => fail(describeError(err)));
const showCase = setupCaseView({
  section: $('case'),
  token,
  onChanged: (text) => { say(text); void loadQueue(); },
  onClose: (id) => document.querySelector(`#queue-list button[aria-label="查看案件 ${id}"]`)?.focus() ?? $('queue-heading').focus(),
});

function signOut(message) {
  sessionStorage.removeItem(KEY);
  $('queue').hidden = true;
  $('case').hidden = true;
  $('login').hidden = false;
  replace($('queue-list'));
  fail(message ?? '');
  $('token').focus();
}

async function signIn() {
  $('login').hidden = true;
  $('queue').hidden = false;
  if (await loadQueue()) say('已登录。');
}

$('login-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const value = $('token').value.trim();
  if (!value) { fail('请输入访问令牌。'); $('token').focus(); return; }
  sessionStorage.setItem(KEY, value);
  $('token').value = '';
  void signIn();
});
$('filters').addEventListener('submit', (e) => { e.preventDefault(); void loadQueue(); });
$('logout').addEventListener('click', () => signOut());

$('export').addEventListener('click', async () => {
  try {
    const res = await fetch(`/api/staff/export.csv?${filterParams()}`, { headers: { authorization: `Bearer ${token()}` } });
    if (!res.ok) throw new Error(String(res.status));
    const url = URL.createObjectURL(await res.blob());
    const a = h('a', { href: url, download: `follow-up-${new Date().toISOString().slice(0, 10)}.csv` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say('已导出 CSV。');
  } catch {
    fail('导出失败，请稍后再试。');
  }
});

if (token()) void signIn();
