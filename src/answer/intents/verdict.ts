import { Decimal } from 'decimal.js';
import type { StoredFact } from '../../domain/types.js';
import type { AnswerBuilder } from '../answer-builder.js';
import type { Understanding } from '../understand.js';
import { oneDirection, withoutBothWays } from '../question-claims.js';
import { CUES } from '../intent-cues.js';
import { saidOfLastYear } from '../stated-computation.js';

const eq = (a: string, b: string) => {
  try {
    return new Decimal(a).abs().eq(new Decimal(b).abs());
  } catch {
    return false;
  }
};

/** 三千多万: at least 3000 and under 4000. */
const inRange = (v: string, r: { min: string; max: string }) => new Decimal(v).gte(r.min) && new Decimal(v).lt(r.max);

const directionOf = (change: string) => (new Decimal(change).isZero() ? 'flat' : change.startsWith('-') ? 'down' : 'up');

/**
 * Whether what the question asserts holds for these facts: each figure stated is one of theirs (a value, or a change
 * stated with its direction), the direction stated is the direction they moved, an item said to exist is not zero.
 * Undefined when the question asserts nothing these facts can settle.
 */
export function verdict(u: Understanding, facts: StoredFact[]): 'yes' | 'no' | undefined {
  const a = u.assertion;
  if (!a || facts.length === 0) return undefined;
  let settled = false;
  let holds = true;
  const used: string[] = [];
  a.amounts.forEach((amount, i) => {
    settled = true;
    const of = a.about?.[i];
    // A figure is checked against what it is said of; a later figure with no name of its own ("编制43个，实际也是43人")
    // is said of something else than the figures before it.
    const named = of && !used.includes(of) ? facts.filter((f) => about(f, of)) : [];
    const rest = facts.filter((f) => !used.some((k) => about(f, k)));
    // ("机关运行经费就是基本支出嘛，都是2621.58万": a figure said of each item named must be each one's.)
    const each = facts.length >= 2 && a.amounts.length === 1 && /都是|都为|都等于|一样多|都一样|both are|are both/.test(u.text);
    const scope = each ? facts : named.length ? named : used.length && rest.length ? rest : facts;
    if (of) used.push(of);
    const range = a.approx?.[i];
    // ("少了185万" of 185.04: a whole number claimed of a figure with decimals holds when it is that figure's whole part.)
    const rounded = (v: string) => {
      if (amount.includes('.') || !v.includes('.')) return false;
      const x = new Decimal(v).abs();
      // (The figure with its decimals dropped, as people quote it: 185.04 → 185, 367.35 → 367; 27.55 is not 28.)
      return x.floor().eq(amount);
    };
    const isIt = (f: StoredFact) => (range ? inRange(f.value, range) : eq(f.value, amount) || rounded(f.value));
    const asValue = each ? scope.every(isIt) : scope.some(isIt);
    // (…a change claimed as about so much — 增加了约400万 — holds within the range it claims.)
    // (…and only a change claimed as one: 购置费是三十四万吧 says the fee is 34万, not that it rose by 34万.)
    const claimsChange = !!a.direction || CUES.change.test(u.text);
    const asChange = claimsChange && scope.some((f) => f.change !== undefined && (eq(f.change, amount) || rounded(f.change) || (!!range && inRange(new Decimal(f.change).abs().toFixed(), range))) && (!a.direction || directionOf(f.change) === a.direction));
    // ("去年是28.85万，今年涨了吧": a figure claimed of last year is last year's, this year's value less its change.)
    // ("比去年增加8.2万，所以去年是79.6万": a figure said right after 去年 is last year's too.)
    const lastYear = u.year === 'prior' || (a.amountsAt?.[i] !== undefined && saidOfLastYear(u.text, a.amountsAt[i]!));
    const asPrior = lastYear && scope.some((f) => f.change !== undefined && eq(new Decimal(f.value).minus(f.change).toFixed(), amount));
    if (!asValue && !asChange && !asPrior) holds = false;
  });
  if (a.direction) {
    const changed = facts.filter((f) => f.change !== undefined);
    if (changed.length) {
      settled = true;
      if (changed.some((f) => directionOf(f.change!) !== a.direction)) holds = false;
    }
  }
  if (a.exists) {
    settled = true;
    if (facts.every((f) => new Decimal(f.value).isZero())) holds = false;
  }
  if (a.none) {
    settled = true;
    if (!facts.every((f) => new Decimal(f.value).isZero())) holds = false;
  }
  return settled ? (holds ? 'yes' : 'no') : undefined;
}

/**
 * "为什么公务接待费增加了" when it fell: the question takes for granted a direction the figure did not move in. Only a
 * direction said alone (涨, not 涨还是跌) of a stated, non-zero change counts.
 */
export function wrongPremise(u: Understanding, f: StoredFact): boolean {
  // ("三公经费中哪项减少": which part moved that way is asked — nothing is said of the whole.)
  if (f.change === undefined || new Decimal(f.change).isZero() || CUES.changeWhich.test(u.text)) return false;
  const said = oneDirection(withoutBothWays(u.text));
  const moved = directionOf(f.change);
  return (said === 'up' && moved === 'down') || (said === 'down' && moved === 'up');
}

/** Whether a fact is of an item key (or its members) or of a headcount kind (`staff.actual`). */
function about(f: StoredFact, key: string): boolean {
  return key.startsWith('staff.') ? f.key.endsWith(`.${key}`) : f.key === key;
}

/** 是的： / 不对：文件中… — said before the figures that settle it. */
export function sayVerdict(b: AnswerBuilder, v: 'yes' | 'no' | undefined): void {
  if (v === 'yes') b.say('是的：', 'Yes: ');
  if (v === 'no') b.say('不对：文件中', 'No. The document says: ');
}
