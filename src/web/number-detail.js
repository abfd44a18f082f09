// The panel under an answer that shows where a figure comes from: the source sentence, or the derivation.
import { api } from './api.js';
import { h, highlighted, replace } from './dom.js';

/** Facts by id, fetched per document from GET /api/facts once. */
export function createFactLookup() {
  const byDoc = new Map();
  const load = (docId) => {
    if (!byDoc.has(docId)) {
      byDoc.set(docId, api(`/api/facts?doc=${encodeURIComponent(docId)}&limit=1000`).then((r) => new Map(r.facts.map((f) => [f.id, f]))));
    }
    return byDoc.get(docId);
  };
  return async (factId, docIds) => {
    const candidates = [...new Set([...docIds, factId.split(':')[0]])].filter((d) => /^[0-9a-f]{16}$/.test(d));
    for (const docId of candidates) {
      const fact = (await load(docId)).get(factId);
      if (fact) return fact;
    }
    return undefined;
  };
}

/** Which span of the fact the number is: its amount, or its stated change (比上年增加/减少 …). */
function numberSpan(number, fact) {
  if (number.value === fact.value || !fact.changeSpan) return fact.span;
  return fact.changeSpan;
}

/** The answer's citation that contains the span (the shortest), else the fact's own sentence. */
function quoteFor(span, fact, answer) {
  const inside = answer.citations
    .filter((c) => c.docId === fact.docId && c.start <= span.start && span.end <= c.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  return inside[0] ?? { docId: fact.docId, start: fact.sentence.start, end: fact.sentence.end, quote: fact.quote };
}

export function createNumberDetail({ lookup, openSource }) {
  return async function show(number, button, detail, answer) {
    detail.hidden = false;
    if (detail.dataset.showing === button.dataset.index) return;
    detail.dataset.showing = button.dataset.index;
    if (number.kind === 'derived' || !number.factId) {
      replace(detail,
        h('p', { class: 'detail-title' }, `${number.text}：推算所得`),
        h('p', {}, '计算过程：', h('code', { class: 'derivation' }, number.derivation ?? '')),
        h('p', { class: 'hint' }, '由原文中的数字按十进制精确计算，参与计算的数字可在回答中点开查看出处。'),
      );
      return;
    }
    replace(detail, h('p', { class: 'detail-title' }, `${number.text}：正在查找出处…`));
    const docIds = answer.citations.map((c) => c.docId);
    const fact = await lookup(number.factId, docIds).catch(() => undefined);
    if (detail.dataset.showing !== button.dataset.index) return;
    if (!fact) {
      replace(detail, h('p', { class: 'detail-title' }, `${number.text}：出处`), ...answer.citations.slice(0, 1).map((c) => h('blockquote', { class: 'quote' }, c.quote)));
      return;
    }
    const span = numberSpan(number, fact);
    const cite = quoteFor(span, fact, answer);
    const { frag } = highlighted(cite.quote, span.start - cite.start, span.end - cite.start);
    replace(detail,
      h('p', { class: 'detail-title' }, `${number.text}：${fact.label}（${fact.year}年）`),
      h('p', { class: 'detail-label' }, '原文：'),
      h('blockquote', { class: 'quote' }, frag),
      h('button', { type: 'button', class: 'secondary open-source', onclick: (e) => openSource(cite.docId, cite, span, e.currentTarget) }, '在原文中查看'),
    );
  };
}
