import type { Passage } from '../domain/types.js';
import type { Section } from './sections.js';

const SUB = /^\((?:[一二三四五六七八九十]{1,3})\)\s*[^。:,;\n]{1,24}[。:]?/;
const ITEM_HEADING = /^\d{1,2}\s*[.、]\s*[^。;,]{2,40}$/;

/**
 * Split each section along its own structure: section heading → (一) subsection → "1." numbered item; every
 * paragraph below becomes a passage carrying that heading path and its exact span.
 */
export function splitPassages(text: string, norm: string, sections: Section[]): Passage[] {
  const out: Passage[] = [];
  for (const section of [...sections].sort((a, b) => a.span.start - b.span.start)) {
    const path: string[] = [text.slice(section.span.start, section.span.start + section.heading.length).trim(), '', ''];
    let pos = section.span.start;
    for (const raw of norm.slice(section.span.start, section.span.end).split('\n')) {
      const lineStart = pos;
      pos += raw.length + 1;
      const lead = raw.length - raw.trimStart().length;
      const line = raw.trim();
      if (!line || lineStart === section.span.start) continue;
      const start = lineStart + lead;
      const end = start + line.length;
      const sub = SUB.exec(line);
      if (sub) {
        path[1] = text.slice(start, start + sub[0].length).replace(/[。:：]$/, '');
        path[2] = '';
        if (line.length - sub[0].length < 2) continue;
      } else if (ITEM_HEADING.test(line)) {
        path[2] = text.slice(start, end);
        continue;
      }
      out.push({
        id: `p${out.length + 1}`,
        headingPath: path.filter(Boolean),
        text: text.slice(start, end),
        span: { start, end },
      });
    }
  }
  return out;
}
