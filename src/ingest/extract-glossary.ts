import type { GlossaryEntry, Span } from '../domain/types.js';

const ENTRY = /^[ ]*(?:\((?:[一二三四五六七八九十]{1,3}|\d{1,2})\)|\d{1,2}[.、])\s*([^:\n]{1,40}?)\s*:\s*(.+)$/gm;
const SUB_ITEM = /(?:^|[;。]\s*|其中,\s*)([^;。,:]{2,24}?)(?:反映|是指|指)([^;。]+)/g;

/** Section 六: "(五)"三公"经费:指…" → term and definition; sub-items "公务接待费反映…" inside a definition too. */
export function extractGlossary(text: string, norm: string, within: Span): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  ENTRY.lastIndex = within.start;
  let m: RegExpExecArray | null;
  while ((m = ENTRY.exec(norm)) !== null && m.index < within.end) {
    const termStart = m.index + m[0].indexOf(m[1]!);
    const term = text.slice(termStart, termStart + m[1]!.length).trim();
    const defStart = m.index + m[0].length - m[2]!.length;
    const defEnd = Math.min(m.index + m[0].length, within.end);
    const definition = text.slice(defStart, defEnd).trim();
    out.push({ term, definition, span: { start: m.index + (m[0].length - m[0].trimStart().length), end: defEnd } });
    out.push(...subItems(text, norm, term, { start: defStart, end: defEnd }));
  }
  return out;
}

function subItems(text: string, norm: string, parent: string, def: Span): GlossaryEntry[] {
  const body = norm.slice(def.start, def.end);
  if (!/其中/.test(body)) return [];
  const out: GlossaryEntry[] = [];
  SUB_ITEM.lastIndex = body.indexOf('其中');
  let m: RegExpExecArray | null;
  while ((m = SUB_ITEM.exec(body)) !== null) {
    const termAt = def.start + m.index + m[0].indexOf(m[1]!);
    const term = text.slice(termAt, termAt + m[1]!.length).trim();
    const end = def.start + m.index + m[0].length;
    out.push({ term, definition: text.slice(termAt, end), span: { start: termAt, end }, parent });
  }
  return out;
}
