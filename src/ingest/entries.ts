import type { Span } from '../domain/types.js';
import { findAmounts, type AmountToken } from './amounts.js';
import { sentenceAround } from './sentence.js';
import { findBareNumbers } from './unitless.js';

export { sentenceAround } from './sentence.js';
import { findPhraseChange, isPriorYearLabel, readChangeLabel, type ChangeInfo } from './change.js';

/** A figure with the label written before it, and what the text says about it right after. */
export interface Entry {
  label: string;
  labelSpan: Span;
  amount: AmountToken;
  sentence: Span;
  change?: ChangeInfo;
  reason?: { text: string; span: Span };
  usage?: { text: string; span: Span };
  /** Figures quoted inside this entry's reason or usage text, and its prior-year figure (上年预算为659.2万元). */
  mentions: Array<{ label: string; amount: AmountToken; sentence: Span }>;
  /** Problems noticed while reading this entry. */
  notes: string[];
}

const LABEL_BOUNDARY = /[,;:。\n、]/;
const REASON_MARKER = /^(?:主要原因是|主要原因为|主要原因:|要原因是|变动原因(?:主要)?(?:是|为|:)|(?:增加|减少|增长|下降|变化)的?原因(?:主要)?(?:是|为|:)|原因是|原因:|主要是由于|主要是因为|主要是|主要由于|主要系|主要为|是因为|系)/;
const USAGE_MARKER = /^主要用于/;

/** The text between the previous clause boundary and `pos`, cleaned of heading markers, 其中 and a leading year. */
export function labelBefore(norm: string, pos: number, floor: number): { label: string; span: Span } {
  let i = pos;
  while (i > floor && !LABEL_BOUNDARY.test(norm[i - 1]!)) i--;
  let start = i;
  let raw = norm.slice(start, pos);
  // An opening bracket not closed before the figure starts a parenthetical: "…4人(在职4人)" → label 在职.
  const open = raw.lastIndexOf('(');
  if (open >= 0 && raw.indexOf(')', open) < 0) {
    start += open + 1;
    raw = raw.slice(open + 1);
  }
  const strip = (re: RegExp) => {
    const m = re.exec(raw);
    if (m) {
      start += m[0].length;
      raw = raw.slice(m[0].length);
    }
  };
  strip(/^\s+/);
  strip(/^\((?:[一二三四五六七八九十]{1,3}|\d{1,2})\)\s*/);
  strip(/^其中\s*/);
  strip(/^截至\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:底|末)?\s*/);
  strip(/^\d{4}年度?\s*/);
  // A trailing 为/是 joins the label to its number (“三公”经费预算数为15万元): not part of the label.
  const label = raw.replace(/\s+$/, '').replace(/(?:为|是|达|共计|合计为)$/, '').replace(/\s+$/, '');
  return { label, span: { start, end: start + label.length } };
}

/**
 * Where a reason or usage clause that starts at `from` ends: at 。 or a line break, at `,主要用于` (for reasons),
 * at `,其中` when figures follow (…主要原因是车辆维修实行定点管理，其中：公务用车购置费0万元 — the parts, not the reason),
 * or at a `;` whose next clause holds a new figure (so a list of projects separated by `;` stays whole).
 */
function clauseEnd(norm: string, from: number, ceil: number, stopAtUsage: boolean): number {
  for (let i = from; i < ceil; i++) {
    const ch = norm[i]!;
    if (ch === '。' || ch === '\n') return i;
    if (stopAtUsage && ch === ',' && norm.startsWith('主要用于', i + 1)) return i;
    if (/[,;]/.test(ch) && norm.startsWith('其中', i + 1) && findAmounts(norm, i + 1, sentenceAround(norm, i + 1, i + 1, ceil).end).length > 0) return i;
    if (ch === ';') {
      if (norm.startsWith('主要用于', i + 1)) return i;
      let j = i + 1;
      while (j < ceil && norm[j] !== ';' && norm[j] !== '。' && norm[j] !== '\n') j++;
      if (findAmounts(norm, i + 1, j).length > 0 || REASON_MARKER.test(norm.slice(i + 1, j).trim())) return i;
    }
  }
  return ceil;
}

/** The figures of a span, with those written without a unit (…传媒支出12.4，…) given the unit of their list. */
function withInferredUnits(norm: string, span: Span, tokens: AmountToken[]): AmountToken[] {
  const inferred = findBareNumbers(norm, span.start, span.end, tokens)
    .filter((b) => b.unit !== undefined)
    .map((b): AmountToken => ({ span: b.span, full: b.span, value: b.value, unit: b.unit!, unitInferred: true }));
  return inferred.length ? [...tokens, ...inferred].sort((a, b) => a.span.start - b.span.start) : tokens;
}

/** The direction of a change already read: 1, -1, or 0 when there is none (or it is zero). */
function directionOf(change: ChangeInfo | undefined): 1 | -1 | 0 {
  const stated = change?.value ?? change?.percent;
  if (stated === undefined || /^-?0(?:\.0+)?$/.test(stated)) return 0;
  return stated.startsWith('-') ? -1 : 1;
}

/** Is `t` the part of a change still missing: its rate when only the amount is stated, or the amount when only the rate is? */
function completes(change: ChangeInfo | undefined, t: AmountToken): boolean {
  return !!change && (t.unit === '%' ? change.percent === undefined : change.value === undefined);
}

function skipDelims(norm: string, pos: number, ceil: number): number {
  let p = pos;
  while (p < ceil && /[\s,;]/.test(norm[p]!)) p++;
  return p;
}

function readTail(norm: string, text: string, pos: number, ceil: number, marker: RegExp, stopAtUsage: boolean) {
  const p = skipDelims(norm, pos, ceil);
  const m = marker.exec(norm.slice(p, Math.min(ceil, p + 12)));
  if (!m) return undefined;
  const start = p + m[0].length;
  const end = clauseEnd(norm, start, ceil, stopAtUsage);
  if (end <= start) return undefined;
  return { text: text.slice(start, end), span: { start, end } };
}

/**
 * Read every figure in `[span.start, span.end)` in order. A figure whose label is a change phrase
 * (比2025年增加 / 较去年减少 / 比上年增长x%) becomes the change of the entry before it — or of the block's first
 * entry when the phrase names the total (收入较去年…, 支出预算比…). Figures inside a reason or usage clause are
 * kept as that entry's mentions.
 */
export function scanEntries(text: string, norm: string, span: Span): Entry[] {
  const tokens = withInferredUnits(norm, span, findAmounts(norm, span.start, span.end));
  const entries: Entry[] = [];
  let cur: Entry | undefined;
  let owner: Entry | undefined;
  let skipUntil = -1;
  /** The entry whose change the previous figure was ("增加12.4万元，增长2.8%": the rate is the same entry's). */
  let lastChanged: Entry | undefined;
  let previousChange: Entry | undefined;

  const readReasonAndUsage = (entry: Entry, from: number, ceil: number) => {
    let pos = from;
    if (!entry.reason) {
      const reason = readTail(norm, text, pos, ceil, REASON_MARKER, true);
      if (reason) {
        entry.reason = reason;
        pos = reason.span.end;
      }
    }
    if (!entry.usage) {
      const usage = readTail(norm, text, pos, ceil, USAGE_MARKER, false);
      if (usage) {
        entry.usage = usage;
        pos = usage.span.end;
      }
    }
    if (pos > from) {
      skipUntil = pos;
      owner = entry;
    }
  };

  tokens.forEach((t, i) => {
    const sentence = sentenceAround(norm, t.span.start, span.start, span.end);
    const nextStart = i + 1 < tokens.length ? tokens[i + 1]!.full.start : span.end;
    if (t.full.start < skipUntil && owner) {
      const label = labelBefore(norm, t.span.start, span.start).label.replace(REASON_MARKER, '');
      owner.mentions.push({ label, amount: t, sentence });
      return;
    }
    const lab = labelBefore(norm, t.span.start, span.start);
    const read = readChangeLabel(lab.label);
    // A rate noun (增幅) names a percentage only: "增幅12万元" is not a change.
    const changeLabel = read?.rate && t.unit !== '%' ? undefined : read;
    const previousWasChange = lastChanged !== undefined;
    lastChanged = undefined;
    // 项目支出714.2万元，上年预算为659.2万元，主要原因是…: last year's figure belongs to the entry, and so does what follows.
    if (cur && !changeLabel && isPriorYearLabel(lab.label)) {
      cur.mentions.push({ label: lab.label, amount: t, sentence });
      readReasonAndUsage(cur, t.full.end, span.end);
      return;
    }
    if (changeLabel && cur) {
      // 收入较上年增加286.35万元，同比增长5.7%: a phrase naming no subject, right after a change, completes that change.
      const continues = previousWasChange && (changeLabel.bare || (changeLabel.subjectless && completes(previousChange!.change, t)));
      const target = continues ? previousChange! : changeLabel.subjectIsTotal ? entries[0]! : cur;
      // Words without a direction (增减变化, 幅度) take the direction of the change already stated, if any.
      const sign = changeLabel.sign || directionOf(target.change);
      // "增减变化为5万元" says neither up nor down: left unread (a warning), never given a sign.
      if (sign === 0 && !/^0(?:\.0+)?$/.test(t.value)) return;
      const signed = sign < 0 && !/^0(?:\.0+)?$/.test(t.value) ? `-${t.value}` : t.value;
      if (target.change && t.unit === '%' && target.change.percent === undefined) {
        // an amount and a rate for the same change
        Object.assign(target.change, { percent: signed, percentSpan: t.span });
      } else if (target.change && t.unit !== '%' && target.change.value === undefined && target.change.percent !== undefined) {
        target.change = { ...target.change, value: signed, span: t.span, percentSpan: target.change.span };
      } else if (target.change) {
        target.mentions.push({ label: lab.label, amount: t, sentence });
        return;
      } else {
        target.change = t.unit === '%' ? { percent: signed, span: t.span } : { value: signed, span: t.span };
      }
      if (changeLabel.ambiguous) target.notes.push(`conflicting change words in "${lab.label}"`);
      lastChanged = target;
      previousChange = target;
      readReasonAndUsage(target, t.full.end, span.end);
      return;
    }
    cur = { label: lab.label, labelSpan: lab.span, amount: t, sentence, mentions: [], notes: [] };
    entries.push(cur);
    const windowEnd = Math.min(nextStart, sentence.end);
    const phrase = findPhraseChange(norm, t.full.end, windowEnd);
    let after = t.full.end;
    if (phrase) {
      cur.change = phrase;
      after = phrase.span.end;
    }
    readReasonAndUsage(cur, after, span.end);
  });
  return entries;
}
