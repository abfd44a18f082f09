import type { Span } from '../domain/types.js';

/** The sentence around `pos`: from after the previous 。 or line break to the next one (inclusive of 。). */
export function sentenceAround(norm: string, pos: number, floor: number, ceil: number): Span {
  let s = pos;
  while (s > floor && norm[s - 1] !== '。' && norm[s - 1] !== '\n') s--;
  while (s < pos && /\s/.test(norm[s]!)) s++;
  let e = pos;
  while (e < ceil && norm[e] !== '。' && norm[e] !== '\n') e++;
  if (e < ceil && norm[e] === '。') e++;
  return { start: s, end: e };
}
