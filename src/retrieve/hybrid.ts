import type { Span } from '../domain/types.js';
import type { Embedder } from './embedder.js';
import { dedupeBy, reciprocalRankFusion } from './fusion.js';
import type { NgramModel } from './ngram-model.js';
import { contentOf } from './query-text.js';
import { queryCoverage, recordRuns } from './relevance.js';
import { ftsQuery, intlSegmenter, type Segment } from './segment.js';
import type { TextHit, TextSearchOptions } from '../domain/retrieval.js';

/** A stored record as the rankers see it: the indexed text plus what a hit reports. */
export interface RetrievalRecord {
  id: number;
  kind: 'passage' | 'glossary';
  docId: string;
  ref: string;
  indexedText: string;
  text: string;
  span: Span;
  headingPath?: string[];
  parent?: string;
}

export interface CandidateFilter {
  docId?: string;
  kind?: 'passage' | 'glossary';
  limit: number;
}

/** What a store provides to hybrid search. Async so that D1 (Workers) can implement it too. */
export interface RetrievalBackend {
  /** Record ids matching an FTS5 expression, best BM25 first. */
  keyword(match: string, where: CandidateFilter): Promise<number[]>;
  /** Record ids nearest to a vector (cosine), nearest first. */
  nearest(vector: Float32Array, where: CandidateFilter): Promise<number[]>;
  /** The embedder that built the vectors, rebuilt for queries; undefined when there are no vectors. */
  queryEmbedder(): Promise<Embedder | undefined>;
  /** The corpus n-gram model behind the relevance score. */
  ngramModel(): Promise<NgramModel | undefined>;
  /** Records by id; `docId` says which document they belong to, when the search was restricted to one. */
  records(ids: number[], docId?: string): Promise<RetrievalRecord[]>;
}

export interface HybridSettings {
  segment: Segment;
  /** Candidates taken from each ranker before fusion. */
  candidates: number;
  /** The k of reciprocal rank fusion. */
  rrfK: number;
  /** A query whose best candidate's relevance (query coverage) is below this gets no hits; see eval/retrieval/README.md. */
  minRelevance: number;
  /** Hits below minRelevance × floorShare are dropped from an answered query's list. */
  floorShare: number;
  /** Told when the query could not be embedded (a remote embedder down); the search goes on with keywords alone. */
  onEmbedError?: (err: unknown) => void;
}

export const DEFAULT_HYBRID: Omit<HybridSettings, 'segment' | 'onEmbedError'> = { candidates: 30, rrfK: 60, minRelevance: 0.2, floorShare: 0.5 };

export function hybridSettings(overrides: Partial<HybridSettings> = {}): HybridSettings {
  return { segment: intlSegmenter(), ...DEFAULT_HYBRID, ...overrides };
}

/**
 * Keyword (BM25) and vector (KNN) candidates — chunks, folded into their passage at its best rank — fused by
 * reciprocal rank. Nothing is returned unless the best candidate's relevance reaches the threshold; then hits below
 * the per-hit floor are dropped. Best first.
 */
export async function hybridSearch(backend: RetrievalBackend, query: string, opts: TextSearchOptions, settings: HybridSettings): Promise<TextHit[]> {
  const content = contentOf(query);
  if (!content) return [];
  const mode = opts.mode ?? 'hybrid';
  const where: CandidateFilter = { ...(opts.docId ? { docId: opts.docId } : {}), ...(opts.kind ? { kind: opts.kind } : {}), limit: settings.candidates };
  const ids: number[][] = [[], []];
  if (mode !== 'vector') {
    const match = ftsQuery(settings.segment, content);
    if (match) ids[0] = await backend.keyword(match, where);
  }
  if (mode !== 'fts') {
    const vector = await queryVector(backend, content, settings);
    if (vector) ids[1] = await backend.nearest(vector, where);
  }
  const records = new Map((await backend.records([...new Set(ids.flat())], opts.docId)).map((r) => [r.id, r]));
  const model = await backend.ngramModel();
  const covers = model ? queryCoverage(model, content) : () => 1;
  const relevance = new Map<string, number>();
  const lists = ids.map((list) =>
    dedupeBy(
      list.flatMap((id) => {
        const r = records.get(id);
        if (!r) return [];
        const k = recordKey(r);
        relevance.set(k, Math.max(relevance.get(k) ?? 0, covers(runsOf(r))));
        return [{ k, r }];
      }),
      (x) => x.k,
    ),
  );
  const fused = reciprocalRankFusion(lists.map((l) => l.map((x) => x.k)), settings.rrfK);
  const gate = opts.minRelevance ?? settings.minRelevance;
  if (Math.max(0, ...relevance.values()) < gate) return [];
  const first = new Map(lists.flat().map((x) => [x.k, x.r] as const).reverse());
  return [...fused]
    .map(([k, f]) => toHit(first.get(k)!, f.score, relevance.get(k) ?? 0, f.ranks))
    .filter((h) => h.relevance >= gate * settings.floorShare)
    .sort((a, b) => b.score - a.score || b.relevance - a.relevance)
    .slice(0, opts.k ?? 5);
}

/** The query's vector; undefined when there are no vectors, the query has no grams, or a remote embedder fails (keyword search still answers). */
async function queryVector(backend: RetrievalBackend, content: string, settings: HybridSettings): Promise<Float32Array | undefined> {
  const embedder = await backend.queryEmbedder();
  if (!embedder) return undefined;
  try {
    const [vector] = await embedder.embed([content]);
    return vector?.some((x) => x !== 0) ? vector : undefined;
  } catch (err) {
    settings.onEmbedError?.(err);
    return undefined;
  }
}

/** A record's text as the relevance score reads it, once per record object (a backend may hold its records). */
const RUNS = new WeakMap<RetrievalRecord, string>();
function runsOf(r: RetrievalRecord): string {
  let runs = RUNS.get(r);
  if (runs === undefined) RUNS.set(r, (runs = recordRuns(r.indexedText)));
  return runs;
}

const recordKey = (r: RetrievalRecord) => `${r.docId}\u0000${r.kind}\u0000${r.ref}`;

function toHit(r: RetrievalRecord, score: number, relevance: number, [ftsRank, vecRank]: Array<number | undefined>): TextHit {
  const hit: TextHit = { kind: r.kind, docId: r.docId, id: r.ref, text: r.text, span: r.span, score, relevance };
  if (r.headingPath) hit.headingPath = r.headingPath;
  if (r.kind === 'glossary') hit.term = r.ref;
  if (r.parent) hit.parent = r.parent;
  if (ftsRank !== undefined) hit.ftsRank = ftsRank;
  if (vecRank !== undefined) hit.vecRank = vecRank;
  return hit;
}
