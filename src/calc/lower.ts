import { D, type Dec } from './decimal.js';
import type { Op } from './tokenize.js';
import type { Node } from './parse.js';

/**
 * The core tree: the parse tree with every function call rewritten into + − × ÷, so that
 * evaluation and the printed derivation walk exactly the same structure.
 *   sum(a, b, c)       → a + b + c
 *   diff(a, b)         → a − b
 *   prior(cur, chg)    → cur − chg
 *   pct_change(c, p)   → c ÷ p × 100
 *   share(part, whole) → part ÷ whole × 100
 * The `100` of a top-level pct_change/share is marked `percent`, and prints as `100%`.
 */
export type Core =
  | { type: 'num'; value: Dec; percent?: boolean }
  | { type: 'ref'; name: string; pos: number }
  | { type: 'neg'; arg: Core }
  | { type: 'bin'; op: Op; left: Core; right: Core; pos: number };

function bin(op: Op, left: Core, right: Core, pos: number): Core {
  return { type: 'bin', op, left, right, pos };
}

export function lower(node: Node, top = true): Core {
  switch (node.type) {
    case 'num':
      return { type: 'num', value: node.value };
    case 'ref':
      return { type: 'ref', name: node.name, pos: node.pos };
    case 'neg':
      return { type: 'neg', arg: lower(node.arg, false) };
    case 'bin':
      return bin(node.op, lower(node.left, false), lower(node.right, false), node.pos);
    case 'call': {
      const args = node.args.map((a) => lower(a, false));
      const [first, second] = args;
      if (first === undefined) throw new Error('unreachable: call without arguments');
      switch (node.fn) {
        case 'sum':
          return args.slice(1).reduce((acc, a) => bin('+', acc, a, node.pos), first);
        case 'diff':
        case 'prior':
          return bin('-', first, second!, node.pos);
        case 'pct_change':
        case 'share': {
          const hundred: Core = top ? { type: 'num', value: new D(100), percent: true } : { type: 'num', value: new D(100) };
          return bin('*', bin('/', first, second!, node.pos), hundred, node.pos);
        }
      }
    }
  }
}
