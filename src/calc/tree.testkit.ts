/** Test-only fast-check arbitraries: decimal strings and + − × ÷ expression trees, with a BigInt reference. */
import fc from 'fast-check';
import { applyQ, parseQ, RefDivisionByZero, significantDigits, type Op, type Q } from './rational.testkit.js';

export type Tree =
  | { t: 'lit'; text: string }
  | { t: 'ref'; index: number }
  | { t: 'bin'; op: Op; left: Tree; right: Tree; spelling: string };

export const decimalString = (maxPlaces = 4): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom('0', '0.00', '-0', '1', '100') },
    {
      weight: 6,
      arbitrary: fc
        .record({ neg: fc.boolean(), int: fc.integer({ min: 0, max: 999 }), places: fc.integer({ min: 0, max: maxPlaces }), frac: fc.nat() })
        .map(({ neg, int, places, frac }) =>
          `${neg ? '-' : ''}${int}${places > 0 ? '.' + String(frac % 10 ** places).padStart(places, '0') : ''}`),
    },
  );

const SPELLINGS: Record<Op, string[]> = { '+': ['+'], '-': ['-', '\u2212'], '*': ['*', '\u00d7'], '/': ['/', '\u00f7'] };

export const treeArb = (refCount: number, maxDepth = 3): fc.Arbitrary<Tree> =>
  fc.letrec<{ tree: Tree; leaf: Tree; node: Tree }>((tie) => ({
    tree: fc.oneof({ maxDepth, depthIdentifier: 'tree' }, { arbitrary: tie('leaf'), weight: 1 }, { arbitrary: tie('node'), weight: 3 }),
    leaf: fc.oneof(
      decimalString().map((text): Tree => ({ t: 'lit', text })),
      fc.integer({ min: 0, max: refCount - 1 }).map((index): Tree => ({ t: 'ref', index })),
    ),
    node: fc
      .record({ op: fc.constantFrom<Op>('+', '-', '*', '/'), left: tie('tree'), right: tie('tree'), pick: fc.nat() })
      .map(({ op, left, right, pick }): Tree => {
        const names = SPELLINGS[op];
        return { t: 'bin', op, left, right, spelling: names[pick % names.length]! };
      }),
  })).tree;

/** Fully parenthesised expression text. */
export function render(tree: Tree): string {
  switch (tree.t) {
    case 'lit': return tree.text;
    case 'ref': return `{x${tree.index}}`;
    case 'bin': return `(${render(tree.left)} ${tree.spelling} ${render(tree.right)})`;
  }
}

/**
 * Reference value, or `divisionByZero`. `exactInDecimal40` is false once any step needed more
 * than 40 significant digits (then decimal.js must have rounded an intermediate result).
 */
export function reference(tree: Tree, values: readonly string[]): { value?: Q; divisionByZero: boolean; exactInDecimal40: boolean } {
  let exact = true;
  const walk = (node: Tree): Q => {
    if (node.t === 'lit') return parseQ(node.text);
    if (node.t === 'ref') return parseQ(values[node.index]!);
    const v = applyQ(node.op, walk(node.left), walk(node.right));
    if (significantDigits(v) > 40) exact = false;
    return v;
  };
  try {
    return { value: walk(tree), divisionByZero: false, exactInDecimal40: exact };
  } catch (e) {
    if (e instanceof RefDivisionByZero) return { divisionByZero: true, exactInDecimal40: exact };
    throw e;
  }
}
