import { readFileSync } from 'node:fs';
import type { DocumentBundle, StoredFact } from '../domain/types.js';
import { parseDocument } from '../ingest/index.js';
import { AnswerBuilder } from './answer-builder.js';
import { loadDocument } from './document-context.js';
import type { AliasFile } from './lexicon.js';
import { understand, type Understanding } from './understand.js';
import { unitNames } from './unit-names.js';

/** The seed document parsed and loaded as the engine loads it (for unit tests of understanding and handlers). */
export const SEED_TEXT = readFileSync(new URL('../../data/sources/yuzhong-gov-office-2026.txt', import.meta.url), 'utf8');
export const ALIASES = JSON.parse(readFileSync(new URL('../../data/aliases.json', import.meta.url), 'utf8')) as AliasFile;

export function seedBundle(text = SEED_TEXT, docId = 'seed'): DocumentBundle {
  const p = parseDocument(text);
  const facts: StoredFact[] = p.facts.map((f) => ({ ...f, id: `${docId}:${f.key}`, docId, quote: text.slice(f.sentence.start, f.sentence.end) }));
  return {
    doc: { id: docId, sourceName: 'seed.txt', title: p.document.title, department: p.document.department, year: p.document.year, text, subUnits: p.subUnits, ...(p.contact ? { contact: p.contact } : {}) },
    facts,
    passages: p.passages.map((x) => ({ ...x, docId })),
    glossary: p.glossary.map((g) => ({ ...g, docId })),
  };
}

export const SEED = loadDocument(seedBundle(), ALIASES);

/** Understand a question against the seed (a follow-up when `previous` is given; a clause of `turnText` when given). */
export function read(question: string, previous?: Understanding, docYear = SEED.ctx.doc.year, turnText?: string): Understanding {
  return understand(
    question,
    {
      lexicon: SEED.lexicon, figureOf: (key) => SEED.ctx.facts.get(key), units: unitNames(SEED.ctx.doc.subUnits), docYear, mentionedInDocument: () => undefined, translations: ALIASES.termTranslations ?? {},
      ...(turnText ? { turnText } : {}),
    },
    previous,
  );
}

export const builder = (lang: 'zh' | 'en' = 'zh') => new AnswerBuilder(SEED.ctx.doc, lang);
