import type { FactUnit, Span } from '../domain/types.js';
import rules from '../../data/parser/org-counts.json' with { type: 'json' };
import { labelSlug } from '../domain/catalog.js';
import { labelBefore } from './entries.js';
import { NUMERAL_CHARS, fromCharacters } from './numerals.js';

/** A count of organisations or posts as the text states it (内设8个科室, 领导职数1名, 下设两个事业单位). */
export interface OrgCount {
  key: string;
  unit: FactUnit;
  value: string;
  /** The number as written: digits, or characters (三). */
  span: Span;
  /** What is counted, as written: the noun after the measure word, or the words before the number. */
  labelSpan: Span;
  inCharacters: boolean;
  /** One part of a list of internal units whose total is stated too (5个环卫清扫保洁所 among 共16个部门). */
  listItem: boolean;
}

/** A number with a measure word that no rule places (下辖6个村委会, 学生1401人). */
export interface UnplacedCount {
  span: Span;
  /** Through the measure word. */
  full: Span;
  inCharacters: boolean;
}

interface Kind {
  key: string;
  unit: FactUnit;
  noun?: RegExp;
  label?: RegExp;
  before?: RegExp;
  clause?: RegExp;
}

const re = (s: string | undefined) => (s === undefined ? undefined : new RegExp(s));
const KINDS: Kind[] = rules.kinds.map((k) => ({
  key: k.key,
  unit: k.unit as FactUnit,
  noun: re('noun' in k ? k.noun : undefined),
  label: re('label' in k ? k.label : undefined),
  before: re('before' in k ? k.before : undefined),
  clause: re('clause' in k ? k.clause : undefined),
}));
const MEASURES = rules.measureWords as Record<string, FactUnit>;
const OTHER_MEASURES = new Set(rules.otherMeasureWords);
const NOT_A_COUNT = new RegExp(rules.notACount.before);
const DESCRIBING = new Set(rules.notACount.numbers);
const LIST_CLAUSE = new RegExp(rules.listItem.clause);
const COUNT = new RegExp(String.raw`(?<![\d.,第${NUMERAL_CHARS}])(\d{1,3}(?:,\d{3})+|\d+|[${NUMERAL_CHARS}]+)\s*([${[...Object.keys(MEASURES), ...OTHER_MEASURES].join('')}])`, 'g');
/** Where the words after a measure word stop being its noun. */
const NOUN_STOP = /组成|构成|分别|以及|等|及|和|并|共|的/;
/** The department speaking of itself before what it counts (本单位内设机构3个 → 内设机构). */
const SUBJECT = /^(?:本单位|本部门|部门本级|局本级|本级|本局|本委|本中心|本校|本院|我单位|我局|我院|我校)/;

/** Every count with a measure word in `within` of the normalised text: the ones a rule places, and the others. */
export function findOrgCounts(norm: string, within: Span): { counts: OrgCount[]; unplaced: UnplacedCount[] } {
  const counts: OrgCount[] = [];
  const unplaced: UnplacedCount[] = [];
  COUNT.lastIndex = within.start;
  let m: RegExpExecArray | null;
  while ((m = COUNT.exec(norm)) !== null && m.index < within.end) {
    const span = { start: m.index, end: m.index + m[1]!.length };
    const full = { start: m.index, end: m.index + m[0].length };
    const inCharacters = !/\d/.test(m[1]!);
    const value = inCharacters ? fromCharacters(m[1]!) : m[1]!.replace(/,/g, '');
    if (value === undefined || full.end > within.end) continue;
    if (OTHER_MEASURES.has(m[2]!)) {
      unplaced.push({ span, full, inCharacters });
      continue;
    }
    const clauseStart = clauseStartOf(norm, span.start, within.start);
    const before = norm.slice(clauseStart, span.start);
    if (DESCRIBING.has(m[1]!) && NOT_A_COUNT.test(before)) continue;
    const noun = nounAfter(norm, full.end, within.end);
    const label = noun.text ? undefined : labelBefore(norm, span.start, within.start);
    const kind = KINDS.find(
      (k) =>
        (noun.text ? k.noun?.test(noun.text) : k.label?.test(label!.label.replace(/共(?:有|计)?$/, ''))) &&
        (!k.before || k.before.test(before)) &&
        (!k.clause || k.clause.test(before)),
    );
    const listItem = !kind && !!noun.text && /[、:]$/.test(before) && LIST_CLAUSE.test(before);
    if (!kind && !listItem) {
      unplaced.push({ span, full, inCharacters });
      continue;
    }
    const labelSpan = noun.text ? noun.span : withoutSubject(norm, label!.span);
    counts.push({
      key: kind ? kind.key : `${rules.listItem.key}.${labelSlug(noun.text)}`,
      unit: kind ? kind.unit : MEASURES[m[2]!]!,
      value,
      span,
      labelSpan,
      inCharacters,
      listItem,
    });
  }
  return { counts, unplaced };
}

/** The start of the clause a count stands in: after the last , ; 。 or line break (a colon opens a list, not a clause). */
function clauseStartOf(norm: string, pos: number, floor: number): number {
  let i = pos;
  while (i > floor && !/[,;。\n]/.test(norm[i - 1]!)) i--;
  return i;
}

/** The noun right after a measure word: up to a clause or list boundary or a joining word; `职能科(室)` keeps its bracket. */
function nounAfter(norm: string, from: number, ceil: number): { text: string; span: Span } {
  let i = from;
  while (i < ceil && i - from < 14) {
    const ch = norm[i]!;
    if (ch === '(') {
      const close = /^\([^()]{1,2}\)/.exec(norm.slice(i, ceil));
      if (!close) break;
      i += close[0].length;
      continue;
    }
    if (/[,;。、:)\s]/.test(ch)) break;
    i++;
  }
  let text = norm.slice(from, i);
  const stop = NOUN_STOP.exec(text);
  if (stop) text = text.slice(0, stop.index);
  return { text, span: { start: from, end: from + text.length } };
}

function withoutSubject(norm: string, span: Span): Span {
  const text = norm.slice(span.start, span.end);
  const subject = SUBJECT.exec(text)?.[0].length ?? 0;
  const lead = subject + (/^(?:共有|共计|共)/.exec(text.slice(subject))?.[0].length ?? 0);
  const tail = /共(?:有|计)?$/.exec(text)?.[0].length ?? 0;
  return { start: span.start + lead, end: span.end - tail };
}
