/** The public answer contract of POST /api/ask — keep this shape. */

export type AnswerStatus = 'answered' | 'not_found' | 'out_of_scope' | 'clarify';
export type Lang = 'zh' | 'en';

export interface AnswerNumber {
  /** The number as it appears in the answer, with its unit: `27.55万元`, `12.53%`, `2.52 million yuan`. */
  text: string;
  value: string;
  unit: string;
  kind: 'fact' | 'derived';
  factId?: string;
  /** For derived numbers: the calculator's derivation, e.g. `27.55 − (−1.3) = 28.85`. */
  derivation?: string;
  /** For a figure the document states in words (无“三公”经费预算 = 0): those words, as the cited span holds them. */
  words?: string;
}

export interface Citation {
  docId: string;
  start: number;
  end: number;
  quote: string;
}

/** The document an answer speaks of. */
export interface AnswerSource {
  docId: string;
  department: string;
  year: number;
}

/** A department the user may pick when the question did not say which. */
export interface DepartmentChoice {
  docId: string;
  department: string;
  district?: string;
  year: number;
}

export interface Answer {
  answer: string;
  status: AnswerStatus;
  numbers: AnswerNumber[];
  citations: Citation[];
  /** Computed: every number of the text passed the claim check (an answer that fails is replaced, never returned). */
  verified: boolean;
  conversationId: string;
  engine: 'rules' | 'llm';
  /** The department and year the answer speaks of (absent for an answer across departments or a clarify). */
  source?: AnswerSource;
  /** Departments to choose from (status clarify), or close matches of a name that matched none (not_found). */
  candidates?: DepartmentChoice[];
}
