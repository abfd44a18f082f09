import type { ParsedDocument, Span } from '../domain/types.js';
import { findAmounts } from './amounts.js';
import { findBareNumbers } from './unitless.js';
import { createCollector } from './collector.js';
import { extractFiscal } from './extract-fiscal.js';
import { extractGlossary } from './extract-glossary.js';
import { extractContact, extractMeta, guessYear } from './extract-meta.js';
import { extractOther } from './extract-other.js';
import { extractOverview } from './extract-overview.js';
import { extractSangong } from './extract-sangong.js';
import { extractUnits } from './extract-units.js';
import { extractOrg } from './extract-org.js';
import { normalizeText } from './normalize.js';
import { readStatedInWords } from './read-in-words.js';
import { splitPassages } from './passages.js';
import { findSections } from './sections.js';

export class NotABudgetDocumentError extends Error {
  readonly code = 'not_a_budget_document';
}

/** Text of one "部门预算情况说明" → metadata, facts with spans, passages, glossary and warnings. Pure. */
export function parseDocument(text: string): ParsedDocument {
  const norm = normalizeText(text);
  const sections = findSections(norm);
  const figureSections = ['overview', 'fiscal', 'sangong', 'other'] as const;
  const bodyStart = sections.size ? Math.min(...[...sections.values()].map((s) => s.span.start)) : norm.length;
  const { meta, found } = extractMeta(text, norm, bodyStart);
  if (sections.size === 0 && !found) {
    throw new NotABudgetDocumentError('no title "…预算情况说明" and no section of the budget template (一、单位基本情况 … 六、专业性名词解释) was found');
  }
  const year = meta.year || guessYear(norm, bodyStart);
  const c = createCollector(text, norm, year);
  if (!found) c.warn('no title line with the year and 预算情况说明 was found', { start: 0, end: Math.min(bodyStart, 80) });

  const basic = sections.get('basic');
  const subUnits = basic ? extractUnits(c, basic, meta.department) : [];
  if (basic) {
    extractOrg(c, basic.body, subUnits, meta.department);
    // 无下级预算单位 — a count stated in words.
    readStatedInWords(c, 'basic', basic.body);
  }
  const department = meta.department || subUnits[0]?.name || '';
  if (!meta.department && department) subUnits.forEach((u) => u.name || (u.name = department));

  const overview = sections.get('overview');
  if (overview) extractOverview(c, overview);
  const fiscal = sections.get('fiscal');
  if (fiscal) extractFiscal(c, fiscal);
  const sangong = sections.get('sangong');
  if (sangong) extractSangong(c, sangong);
  const other = sections.get('other');
  if (other) extractOther(c, other);
  for (const kind of figureSections) {
    const s = sections.get(kind);
    if (!s) c.warn(`section missing: ${kind}`, { start: 0, end: 0 });
  }

  // Never a silent drop: every amount in a figure section that no fact holds becomes a warning.
  for (const kind of figureSections) {
    const s = sections.get(kind);
    if (s) warnUnread(c, s.body);
  }

  // A document cut short inside a figure ("…政府采购18") is reported: the last figure is not guessed.
  const trimmed = norm.trimEnd();
  const tail = trimmed.slice(Math.max(0, trimmed.search(/[^。\n]*$/)));
  if (/[\d.,]$/.test(trimmed) && !/联系|电话|咨询|日期|\d{4}-\d{2}-\d{2}$/.test(tail)) {
    const start = trimmed.length - tail.length;
    c.warn('the text ends inside a figure sentence (cut short?)', { start, end: trimmed.length });
  }

  const glossarySection = sections.get('glossary');
  const contact = extractContact(text, norm);
  return {
    document: { title: meta.title || department, department, year },
    subUnits,
    ...(contact ? { contact } : {}),
    facts: c.facts,
    passages: splitPassages(text, norm, [...sections.values()]),
    glossary: glossarySection ? extractGlossary(text, norm, glossarySection.body) : [],
    warnings: c.warnings,
  };
}

function warnUnread(c: ReturnType<typeof createCollector>, body: Span): void {
  const tokens = findAmounts(c.norm, body.start, body.end);
  for (const t of tokens) {
    if (c.used.has(t.span.start) || t.unit === '%' && c.facts.some((f) => f.changeSpan?.start === t.span.start)) continue;
    c.warn(`figure not read: ${c.text.slice(t.full.start, t.full.end)}`, t.full);
  }
  // A number written without a unit whose list gives none either (or that no fact holds) is reported, never guessed.
  for (const b of findBareNumbers(c.norm, body.start, body.end, tokens)) {
    if (c.used.has(b.span.start) || c.facts.some((f) => f.changeSpan?.start === b.span.start)) continue;
    c.warn(`figure without a unit not read: ${c.text.slice(b.span.start, b.span.end)}`, b.span);
  }
}
