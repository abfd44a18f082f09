import { FUNCTIONAL_CATEGORIES, INCOME_TYPES, classify, labelSlug, type CatalogItem } from '../domain/catalog.js';
import type { Span } from '../domain/types.js';
import type { Collector } from './collector.js';
import { scanEntries } from './entries.js';
import { findPhraseChange } from './change.js';
import { findSubsections, subsection, type Section } from './sections.js';
import { readStatedInWords } from './read-in-words.js';

const TOTAL_LABEL = /年初预算|预算数|合计|总计|总额|收入预算$|支出预算$|^收入$|^支出$/;

/** Section 二: the income block and the expenditure block, each a total followed by its parts. */
export function extractOverview(c: Collector, section: Section): void {
  const blocks = overviewBlocks(c.norm, section.body);
  if (blocks.income) readBlock(c, blocks.income, 'income', INCOME_TYPES);
  else c.warn('no income budget (收入预算) paragraph found', section.span);
  if (blocks.expenditure) readBlock(c, blocks.expenditure, 'expenditure', FUNCTIONAL_CATEGORIES);
  else c.warn('no expenditure budget (支出预算) paragraph found', section.span);
}

function overviewBlocks(norm: string, body: Span): { income?: Span; expenditure?: Span } {
  const subs = findSubsections(norm, body);
  const income = subsection(subs, /收入/);
  const expenditure = subsection(subs, /支出/);
  if (income || expenditure) return { income: income?.span, expenditure: expenditure?.span };
  // No (一)/(二) headings: split where the expenditure paragraph begins.
  const text = norm.slice(body.start, body.end);
  const at = text.search(/支出预算/);
  if (at < 0) return { income: body };
  return { income: { start: body.start, end: body.start + at }, expenditure: { start: body.start + at, end: body.end } };
}

function readBlock(c: Collector, block: Span, prefix: 'income' | 'expenditure', items: CatalogItem[]): void {
  const entries = scanEntries(c.text, c.norm, block);
  if (entries.length === 0) {
    c.warn(`${prefix}: no figure could be read`, block);
    return;
  }
  const [first, ...rest] = entries;
  // A comparison stated on its own after the list ("…其他收入0万元。新增单位无上年预算，收入不作同口径比较。") is the total's.
  if (!first!.change) {
    const ends = entries.flatMap((e) => [e.amount.full.end, e.reason?.span.end ?? 0, e.usage?.span.end ?? 0, e.change?.span.end ?? 0]);
    const tail = findPhraseChange(c.norm, Math.max(...ends), block.end);
    if (tail) first!.change = tail;
  }
  if (!TOTAL_LABEL.test(first!.label)) c.warn(`${prefix}: first figure "${first!.label}" taken as the total`, first!.sentence);
  c.addEntry(`${prefix}.total`, first!);
  for (const entry of rest) {
    const item = classify(items, entry.label);
    if (!entry.label) {
      c.unread(`${prefix}: a figure without a label`, entry);
      continue;
    }
    c.addEntry(item ? item.key : `${prefix}.item.${labelSlug(entry.label)}`, entry);
  }
  // 收入预算38.64万元，全部为一般公共预算拨款 — a part stated in words.
  if (prefix === 'income') readStatedInWords(c, 'overview.income', block);
  warnMissingAmounts(c, block, prefix);
}

/** An item written with a unit but no number (事业收入资金万元) is reported, never guessed. */
function warnMissingAmounts(c: Collector, block: Span, prefix: string): void {
  const re = /(?<=[,;:、])([^,;:、。\d\n]{2,20}?)万元/g;
  const text = c.norm.slice(block.start, block.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = block.start + m.index;
    c.warn(`${prefix}: "${m[1]}" is written without an amount`, { start, end: start + m[0].length });
  }
}
