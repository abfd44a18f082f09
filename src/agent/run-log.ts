import type { CalcResult } from '../calc/index.js';
import type { Citation } from '../domain/answer.js';
import type { StoredFact } from '../domain/types.js';

/**
 * What the tools of one agent run returned: the only material the run's answer may draw numbers and quotations
 * from. Built fresh for every question (never shared between runs); the ledger is derived from it.
 */
export interface RunLog {
  /** Facts returned by lookup_facts or used as calculator operands, by id. */
  facts: Map<string, StoredFact>;
  /** Calculator results, with the constants their expressions used (e.g. 100 for a percentage). */
  calcs: Array<{ result: CalcResult; constants: string[] }>;
  /** Passages and glossary entries returned by search_passages / get_definition, as citations. */
  texts: Array<Citation & { kind: 'passage' | 'glossary' }>;
  /** Tool names in call order (for the trace and progress). */
  steps: string[];
}

export function createRunLog(): RunLog {
  return { facts: new Map(), calcs: [], texts: [], steps: [] };
}

export function logText(log: RunLog, entry: RunLog['texts'][number]): void {
  if (!log.texts.some((t) => t.start === entry.start && t.end === entry.end)) log.texts.push(entry);
}
