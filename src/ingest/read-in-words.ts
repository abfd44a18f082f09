import type { Fact, Span } from '../domain/types.js';
import { findPhraseChange } from './change.js';
import type { Collector } from './collector.js';
import { sentenceAround } from './entries.js';
import { STATEMENTS, type WordsScope } from './stated-words.js';

const AS_OF = /截至\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:底|末)?/;

/**
 * Figures stated in words within `[within.start, within.end)` of one part of the template — 无“三公”经费预算 (0),
 * 全部为一般公共预算拨款 (the whole of the figure before it) — for keys the document states no figure for. The fact's
 * span is the words, its label the words as written; a change stated after them (与上年持平) is kept.
 */
export function readStatedInWords(c: Collector, scope: WordsScope, within: Span): void {
  const body = c.norm.slice(within.start, within.end);
  for (const st of STATEMENTS) {
    if (st.in !== scope || c.facts.some((f) => f.key === st.key)) continue;
    const m = st.pattern.exec(body);
    if (!m) continue;
    const words = { start: within.start + m.index, end: within.start + m.index + m[0].length };
    // …预算为零: the zero is the character 零 (the span), the words before it the label.
    const written = m.indices?.[1] ? { start: within.start + m.indices[1][0], end: within.start + m.indices[1][1] } : words;
    const sentence = sentenceAround(c.norm, words.start, within.start, within.end);
    const extra: Partial<Fact> = {};
    let value = '0';
    let unit = st.unit;
    if (st.value === 'all') {
      const whole = c.facts.filter((f) => !/\.mention\./.test(f.key) && f.sentence.start === sentence.start && f.span.end <= words.start).at(-1);
      if (!whole) {
        c.warn(`${st.key}: "${c.text.slice(words.start, words.end)}" names no figure before it in its sentence`, words);
        continue;
      }
      ({ value, unit } = whole);
      extra.note = `stated in words: the whole of ${whole.label} (${whole.value}${whole.unit})`;
    }
    const change = findPhraseChange(c.norm, words.end, sentence.end);
    if (change?.value !== undefined) Object.assign(extra, { change: change.value, changeSpan: change.span });
    if (st.dated) {
      const asOf = AS_OF.exec(c.text.slice(sentence.start, words.start));
      if (asOf) extra.asOf = asOf[0];
    }
    if (written !== words) extra.label = c.text.slice(words.start, written.start);
    c.addWritten(st.key, written, sentence, value, unit, extra);
  }
}
