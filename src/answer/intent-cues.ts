import { DATA_CUES } from './cue-data.js';

/**
 * Words that signal what is being asked, applied to the normalised question (simplified, lower case). The
 * vocabulary lives in data/cues/*.json, one file per family of intents, each cue with examples it must and must
 * not match; here each cue is one regular expression (its patterns as alternatives, no flags).
 */
export type Intent =
  | 'amount' | 'change' | 'reason' | 'prior_year' | 'growth' | 'share' | 'compare' | 'ranking' | 'sum'
  | 'staffing' | 'vehicles' | 'definition' | 'duties' | 'usage' | 'contact' | 'units' | 'org_count' | 'out_of_scope' | 'clarify'
  | 'not_found';

export const CUES = DATA_CUES;
