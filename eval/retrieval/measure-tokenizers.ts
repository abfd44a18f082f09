/**
 * FTS5 tokenizer comparison on the labelled set (issue 4): trigram vs word segmentation into a space-joined column.
 * `npx tsx eval/retrieval/measure-tokenizers.ts` — jieba rows appear when @node-rs/jieba is importable
 * (set JIEBA_MODULE to its path to measure it without installing it into the project).
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseDocument } from '../../src/ingest/index.js';
import { retrievalItems } from '../../src/retrieve/items.js';
import { textRuns } from '../../src/retrieve/ngrams.js';
import { contentOf } from '../../src/retrieve/query-text.js';
import { ftsQuery, ftsWords, intlSegmenter, type Segment } from '../../src/retrieve/segment.js';
import { expectedKeys, key, loadQueries, SEED_PATH } from './labelled.js';
import { firstHit, formatRow, HEADER, score } from './metrics.js';

interface Variant {
  name: string;
  tokenize: string;
  column: (text: string) => string;
  query: (content: string) => string;
}

const grams = (text: string, n: number) =>
  textRuns(text).flatMap((r) => {
    const c = Array.from(r);
    return c.length < n ? (n === 2 && c.length === 1 ? [r] : []) : c.slice(0, c.length - n + 1).map((_, i) => c.slice(i, i + n).join(''));
  });
const orOf = (words: string[]) => [...new Set(words)].map((w) => `"${w.replace(/"/g, '""')}"`).join(' OR ');

function wordVariant(name: string, segment: Segment): Variant {
  return { name, tokenize: 'unicode61', column: (t) => ftsWords(segment, t), query: (q) => ftsQuery(segment, q) };
}

async function variants(): Promise<Variant[]> {
  const out: Variant[] = [
    { name: 'trigram', tokenize: 'trigram', column: (t) => t, query: (q) => orOf(grams(q, 3)) },
    wordVariant('Intl.Segmenter words', intlSegmenter()),
    { name: 'char bigrams', tokenize: 'unicode61', column: (t) => grams(t, 2).join(' '), query: (q) => orOf(grams(q, 2)) },
  ];
  try {
    const dir = process.env.JIEBA_MODULE ?? '@node-rs/jieba';
    const require = createRequire(import.meta.url);
    const { Jieba } = require(dir) as { Jieba: { withDict(d: Uint8Array): { cut(s: string, hmm: boolean): string[]; cutForSearch(s: string, hmm: boolean): string[] } } };
    const { dict } = require(`${dir}/dict.js`) as { dict: Uint8Array };
    const jieba = Jieba.withDict(dict);
    const words = (cut: (s: string) => string[]): Segment => (t) => textRuns(t).flatMap(cut).filter((w) => /[\p{L}\p{N}]/u.test(w));
    out.push(wordVariant('jieba cut', words((s) => jieba.cut(s, false))));
    out.push(wordVariant('jieba cutForSearch', words((s) => jieba.cutForSearch(s, false))));
  } catch {
    console.log('(jieba not importable: its rows are skipped)');
  }
  return out;
}

const text = readFileSync(SEED_PATH, 'utf8');
const parsed = parseDocument(text);
const items = retrievalItems(parsed.passages, parsed.glossary);
const queries = loadQueries();
const short = queries.filter((q) => q.tag === 'short');

console.log(`${items.length} records, ${queries.length} queries (${short.length} short: ${short.map((q) => q.q).join(' ')})\n`);
console.log(`${HEADER}   short queries: recall@5 / returned anything`);
for (const v of await variants()) {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize='${v.tokenize}')`);
  const ins = db.prepare('INSERT INTO t (rowid, body) VALUES (?, ?)');
  items.forEach((it, i) => ins.run(i + 1, v.column(it.text)));
  const search = db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT 30').pluck();
  const run = (qs: typeof queries) =>
    qs.map((l) => {
      const match = v.query(contentOf(l.q));
      const rows = match ? (search.all(match) as number[]) : [];
      const ranked = [...new Set(rows.map((r) => items[r - 1]!).map((it) => key(it.kind, it.ref)))];
      return { rank: firstHit(ranked, expectedKeys(l)), any: rows.length > 0 };
    });
  const all = run(queries);
  const s = run(short);
  const shortScore = score(s.map((x) => x.rank));
  console.log(`${formatRow(v.name, score(all.map((x) => x.rank)))}   ${shortScore.recallAt5.toFixed(3)} / ${s.filter((x) => x.any).length}/${s.length}`);
  db.close();
}
