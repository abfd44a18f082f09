/**
 * Claims: every number an answer writes is a claim bound to its source — a stored fact (with its document and item),
 * a stated change (with its direction), a calculator result (with its derivation), or a count — and the verifier
 * checks each number of the final text against the claim written at that place. Pure.
 */

export type ClaimKind =
  /** A stated figure of a document. */
  | 'fact'
  /** A stated change of a figure, written unsigned after a direction word (增加/减少). */
  | 'change'
  /** A calculator result (its derivation is the claim's `derivation`). */
  | 'derived'
  /** A calculator result that is a change, written unsigned after a direction word (增长/下降 x%). */
  | 'derived-change'
  /** A count of what the answer lists (documents, departments). */
  | 'count'
  /** A calculator derivation written out ("252 − 34 = 218"): its numbers are the calculator's own. */
  | 'derivation';

/** How a figure serves the question: the answer itself, an operand of a shown calculation, or context explicitly framed as such. */
export type ClaimRole = 'answer' | 'operand' | 'context';

export type Direction = 'up' | 'down' | 'flat';

export interface Claim {
  id: number;
  kind: ClaimKind;
  /** The value as written (unsigned for changes). */
  value: string;
  /** The unit: 万元, 元, 人, 辆, 个, %, million yuan ('' for none). */
  unit: string;
  /** What the text writes right after the number (万元, " people", " million yuan"); the unit by default. */
  suffix?: string;
  role: ClaimRole;
  docId?: string;
  factId?: string;
  /** The fact key (item) the figure is of. */
  item?: string;
  year?: number;
  direction?: Direction;
  derivation?: string;
  /** The document's words that state this figure, when it states it in words rather than digits. */
  words?: string;
}

/** Where a claim stands in the final text. */
export interface ClaimSpan {
  claim: Claim;
  start: number;
  end: number;
}

const OPEN = '\uE000';
const MID = '\uE001';
const CLOSE = '\uE002';

/** The text written for a claim, marked so its place in the final text is known after composition. */
export function marked(id: number, display: string): string {
  return `${OPEN}${id}${MID}${display}${CLOSE}`;
}

/** Remove the marks: the plain text, and each claim's span in it. */
export function unmark(raw: string, claims: readonly Claim[]): { text: string; spans: ClaimSpan[] } {
  let text = '';
  const spans: ClaimSpan[] = [];
  let i = 0;
  while (i < raw.length) {
    const open = raw.indexOf(OPEN, i);
    if (open < 0) {
      text += raw.slice(i);
      break;
    }
    text += raw.slice(i, open);
    const mid = raw.indexOf(MID, open);
    const close = raw.indexOf(CLOSE, mid);
    if (mid < 0 || close < 0) throw new Error('an unclosed claim mark in a composed answer');
    const claim = claims[Number(raw.slice(open + 1, mid))];
    const display = raw.slice(mid + 1, close);
    if (claim) spans.push({ claim, start: text.length, end: text.length + display.length });
    text += display;
    i = close + 1;
  }
  return { text, spans };
}

export const directionOf = (signed: string): Direction => (/^-/.test(signed) ? 'down' : /^0+(\.0+)?$/.test(signed) ? 'flat' : 'up');
