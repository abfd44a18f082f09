import { Decimal } from 'decimal.js';
import type { StoredFact } from '../../domain/types.js';
import type { AnswerBuilder } from '../answer-builder.js';
import type { Understanding } from '../understand.js';

const eq = (a: string, b: string) => {
  try {
    return new Decimal(a).abs().eq(new Decimal(b).abs());
  } catch {
    return false;
  }
};

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
  for (const amount of a.amounts) {
    settled = true;
    const asValue = facts.some((f) => eq(f.value, amount));
    const asChange = facts.some((f) => f.change !== undefined && eq(f.change, amount) && (!a.direction || directionOf(f.change) === a.direction));
    if (!asValue && !asChange) holds = false;
  }
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
  return settled ? (holds ? 'yes' : 'no') : undefined;
}

/** 是的： / 不对：文件中… — said before the figures that settle it. */
export function sayVerdict(b: AnswerBuilder, v: 'yes' | 'no' | undefined): void {
  if (v === 'yes') b.say('是的：', 'Yes: ');
  if (v === 'no') b.say('不对：文件中', 'No. The document says: ');
}
