import { z } from 'zod';
import file from '../../data/assertions.json' with { type: 'json' };
import { CUES } from './intent-cues.js';

/** What a question asserts, to be checked against the document (三公经费是3000万元吧, 公务接待费增加了对吧). */
export interface Assertion {
  /** Figures the user states, as decimal strings. */
  amounts: string[];
  /** Rates the user states (增长了40.9%). */
  percents: string[];
  /** A direction of change the user states. */
  direction?: 'up' | 'down';
  /** "有X吧": that the item exists (is not zero). */
  exists?: boolean;
  /** "主要是买货物的吧" / "mostly goods": the named part is the largest. */
  mostly?: string;
}

const Words = z.object({
  confirm: z.array(z.string()),
  asking: z.array(z.string()),
  exists: z.array(z.string()),
  mostly: z.array(z.string()),
  examples: z.object({ asserts: z.array(z.string()), asks: z.array(z.string()) }),
});
const words = Words.parse(file);
const any = (list: string[]) => new RegExp(list.map((p) => `(?:${p})`).join('|'));
const CONFIRM = any(words.confirm);
const ASKING = any(words.asking);
const EXISTS = any(words.exists);
const MOSTLY = words.mostly.map((p) => new RegExp(p));
const AMOUNT = /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:万元|万|元|亿|人|个|辆|名)?/g;
const PERCENT = /(\d+(?:\.\d+)?)\s*%/g;

export const ASSERTION_EXAMPLES = words.examples;

/**
 * The assertion a normalised question makes, when it makes one: a confirming tail, or a figure or direction stated
 * with no question word. Years are not figures. Pure.
 */
export function assertionIn(text: string): Assertion | undefined {
  const plain = text.replace(/(?<!\d)(19|20)\d{2}\s?年?(?!\d)/g, ' ').replace(/截至[^,，。?]{0,12}(?:底|末)/g, ' ');
  const amounts = [...plain.matchAll(AMOUNT)].map((m) => m[1]!).filter((v) => !/^0\d/.test(v));
  const percents = [...plain.matchAll(PERCENT)].map((m) => m[1]!);
  const up = CUES.up.test(text) && !CUES.down.test(text);
  const down = CUES.down.test(text) && !CUES.up.test(text);
  const direction = up ? 'up' : down ? 'down' : undefined;
  const confirming = CONFIRM.test(text);
  const statement = !ASKING.test(text);
  const exists = EXISTS.test(text) && amounts.length === 0 && !direction;
  const mostly = MOSTLY.map((re) => re.exec(text)?.[1]).find((x) => !!x);
  if (!confirming && !(statement && (amounts.length || percents.length || direction))) return undefined;
  if (!amounts.length && !percents.length && !direction && !exists && !mostly) return undefined;
  return { amounts, percents, ...(direction ? { direction } : {}), ...(exists ? { exists } : {}), ...(mostly ? { mostly } : {}) };
}
