import { SANGONG_ITEMS, classify, labelSlug } from '../domain/catalog.js';
import type { Collector } from './collector.js';
import { scanEntries } from './entries.js';
import { readStatedInWords } from './read-in-words.js';
import type { Section } from './sections.js';

/** Section 四: the "三公" total and its four items, each with change and reason. */
export function extractSangong(c: Collector, section: Section): void {
  let haveTotal = false;
  for (const entry of scanEntries(c.text, c.norm, section.body)) {
    if (!haveTotal && /三公/.test(entry.label)) {
      c.addEntry('sangong.total', entry);
      haveTotal = true;
      continue;
    }
    const item = classify(SANGONG_ITEMS, entry.label);
    if (!item) {
      c.unread(`section 四: figure "${entry.label}" not recognised`, entry);
      continue;
    }
    c.addEntry(item ? item.key : `sangong.item.${labelSlug(entry.label)}`, entry);
  }
  // 2026年本单位无“三公”经费预算 — the total stated in words.
  readStatedInWords(c, 'sangong', section.body);
}
