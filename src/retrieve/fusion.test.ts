import { expect, it } from 'vitest';
import { dedupeBy, reciprocalRankFusion } from './fusion.js';

it('fuses ranked lists by reciprocal rank, counting an item once per list at its best rank', () => {
  const fused = reciprocalRankFusion([['a', 'b', 'c'], ['b', 'd', 'b']], 60);
  expect(fused.get('b')).toEqual({ score: 1 / 62 + 1 / 61, ranks: [2, 1] });
  expect(fused.get('d')!.ranks).toEqual([undefined, 2]);
  const order = [...fused].sort((x, y) => y[1].score - x[1].score).map(([k]) => k);
  expect(order).toEqual(['b', 'a', 'd', 'c']);
});

it('dedupes by key keeping the first', () => {
  expect(dedupeBy([{ k: 1, v: 'a' }, { k: 2, v: 'b' }, { k: 1, v: 'c' }], (x) => x.k).map((x) => x.v)).toEqual(['a', 'b']);
});
