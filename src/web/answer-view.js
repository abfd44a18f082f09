// One question-and-answer turn: the answer text with every figure marked as a button that shows its source.
import { h } from './dom.js';

const STATUS_LABELS = {
  answered: '已核对：回答中的每个数字都能在原文中找到出处',
  not_found: '没有找到相关内容',
  out_of_scope: '不在公开预算信息的范围内',
  clarify: '需要您补充说明',
};

const isDigitLike = (ch) => ch !== undefined && /[0-9.]/.test(ch);

/**
 * Where each number's text stands in the answer: [{ start, end, index }] sorted, not overlapping.
 * Longer texts claim first (so 34万元 never marks the tail of 134万元); a match must not touch other digits.
 */
export function findNumberSpans(text, numbers) {
  const taken = [];
  const free = (s, e) => taken.every((t) => e <= t.start || s >= t.end);
  const fits = (s, e) => free(s, e) && !isDigitLike(text[s - 1]) && !(isDigitLike(text[e]) && /[0-9.]$/.test(text.slice(s, e)));
  const order = numbers.map((_, i) => i).sort((a, b) => numbers[b].text.length - numbers[a].text.length);
  const claim = (i, all) => {
    const t = numbers[i].text;
    if (!t) return;
    for (let from = text.indexOf(t); from >= 0; from = text.indexOf(t, from + 1)) {
      if (!fits(from, from + t.length)) continue;
      taken.push({ start: from, end: from + t.length, index: i });
      if (!all) return;
    }
  };
  for (const i of order) claim(i, false);
  for (const i of order) claim(i, true); // further mentions of the same figure
  return taken.sort((a, b) => a.start - b.start);
}

function numberButton(number, index, onNumber) {
  const derived = number.kind === 'derived';
  const button = h('button', { type: 'button', class: `num num-${number.kind}`, 'data-index': index, title: derived ? '推算所得：查看计算过程' : '查看原文出处' }, number.text);
  button.addEventListener('click', () => onNumber(number, button));
  button.addEventListener('focus', () => onNumber(number, button));
  return button;
}

/** The answer paragraph: text nodes and number buttons. */
export function answerParagraph(answer, onNumber) {
  const p = h('p', { class: 'answer-text' });
  let at = 0;
  for (const span of findNumberSpans(answer.answer, answer.numbers)) {
    p.append(document.createTextNode(answer.answer.slice(at, span.start)));
    p.append(numberButton(answer.numbers[span.index], span.index, onNumber));
    at = span.end;
  }
  p.append(document.createTextNode(answer.answer.slice(at)));
  return p;
}

function citationList(answer, onCitation) {
  if (answer.citations.length === 0) return null;
  const list = h('ol', { class: 'citations' });
  answer.citations.forEach((c) => {
    list.append(
      h('li', {},
        h('blockquote', { class: 'quote' }, c.quote),
        h('button', { type: 'button', class: 'link', onclick: (e) => onCitation(c, e.currentTarget) }, '在原文中查看'),
      ),
    );
  });
  return h('details', { class: 'sources' }, h('summary', {}, `来源（${answer.citations.length}）`), list);
}

/** Which department and year the answer speaks of (`source`), when it speaks of one document. */
function sourceLine(answer) {
  if (!answer.source) return null;
  return h('p', { class: 'answer-source' }, h('span', {}, `依据：${answer.source.department} · ${answer.source.year}年部门预算`));
}

const candidateLabel = (c) => `${c.department}（${c.year}年）`;

/** The departments a clarify (or an unknown name) offers: each button pins that department and asks again. */
function candidateButtons(answer, onCandidate) {
  if (!answer.candidates?.length || !onCandidate) return null;
  const heading = answer.status === 'clarify' ? '请选择您要问的部门：' : '相近的部门：';
  return h('div', { class: 'candidates' },
    h('p', { class: 'candidates-heading' }, heading),
    h('ul', { class: 'candidate-list' }, answer.candidates.map((c) =>
      h('li', {}, h('button', { type: 'button', class: 'secondary candidate', onclick: (e) => onCandidate(c, e.currentTarget) }, candidateLabel(c))))),
  );
}

/**
 * A whole turn as a list item; `detail` is where the chosen number's source appears. `onCandidate(candidate, button)`
 * is called when one of the departments a clarify offers is chosen.
 */
export function renderTurn(question, answer, { onNumber, onCitation, onCandidate, id }) {
  const detail = h('div', { class: 'detail', id: `detail-${id}`, hidden: true });
  const item = h('li', { class: `turn status-${answer.status}` },
    h('p', { class: 'question' }, h('span', { class: 'who' }, '问'), question),
    h('div', { class: 'reply' },
      h('span', { class: 'who' }, '答'),
      answerParagraph(answer, (n, button) => onNumber(n, button, detail, answer)),
      sourceLine(answer),
      candidateButtons(answer, onCandidate),
      h('p', { class: 'badge' }, STATUS_LABELS[answer.status] ?? answer.status),
      answer.status === 'answered' || answer.candidates?.length ? null : h('p', { class: 'hint' }, '可以换个说法再问，或使用下方的“没有解决我的问题”转交工作人员。'),
      detail,
      citationList(answer, onCitation),
    ),
  );
  return item;
}
