// "没有解决我的问题": hand the conversation to hotline staff, with an optional callback phone or email.
import { api, describeError } from './api.js';

const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}\d{7,8})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const normalizePhone = (s) => s.replace(/[\s()（）-]/g, '').replace(/^(?:\+86|0086)(?=1)/, '');

function setError(input, message) {
  const out = document.getElementById(input.getAttribute('aria-describedby').split(' ').find((id) => id.endsWith('-error')));
  out.textContent = message;
  input.setAttribute('aria-invalid', message ? 'true' : 'false');
  return !message;
}

export function setupHandover({ section, getConversationId }) {
  const open = section.querySelector('#handover-open');
  const form = section.querySelector('#handover-form');
  const result = section.querySelector('#handover-result');
  const phone = form.querySelector('#callback-phone');
  const email = form.querySelector('#callback-email');
  const message = form.querySelector('#callback-message');

  open.addEventListener('click', () => {
    const show = form.hidden;
    form.hidden = !show;
    open.setAttribute('aria-expanded', String(show));
    if (show) phone.focus();
  });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const p = phone.value.trim();
    const m = email.value.trim();
    const ok = [
      setError(phone, p && !PHONE.test(normalizePhone(p)) ? '请填写有效的手机号（11位）或带区号的固定电话。' : ''),
      setError(email, m && !EMAIL.test(m) ? '请填写有效的电子邮箱，例如 name@example.com。' : ''),
    ].every(Boolean);
    if (!ok) {
      form.querySelector('[aria-invalid="true"]')?.focus();
      return;
    }
    const submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    try {
      const r = await api('/api/handover', {
        method: 'POST',
        body: { conversationId: getConversationId(), phone: p, email: m, message: message.value.trim() },
      });
      form.hidden = true;
      open.setAttribute('aria-expanded', 'false');
      result.textContent = `已转交工作人员，受理编号 ${r.reference}。${r.callback ? '工作人员会通过您留下的联系方式与您联系。' : '您也可以拨打页面底部的咨询电话查询进度。'}`;
      form.reset();
      result.focus();
    } catch (err) {
      result.textContent = `转交失败：${describeError(err)}`;
    } finally {
      submit.disabled = false;
    }
  });

  return {
    reset() {
      form.hidden = true;
      form.reset();
      open.setAttribute('aria-expanded', 'false');
      result.textContent = '';
    },
  };
}
