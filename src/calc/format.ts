import type { Decimal } from 'decimal.js';
import { plainString } from './decimal.js';
import type { Core } from './lower.js';
import type { Op } from './tokenize.js';

/** Display symbols: true minus sign U+2212, × and ÷. */
const SYMBOL: Readonly<Record<Op, string>> = { '+': '+', '-': '\u2212', '*': '\u00d7', '/': '\u00f7' };
export const MINUS = '\u2212';

/** A number as written, without superfluous zeros: "87.80" → "87.8", "-1.3" → "−1.3". */
export function formatNumber(d: Decimal): string {
  const s = plainString(d);
  return s.startsWith('-') ? MINUS + s.slice(1) : s;
}

type Place = 'top' | 'left' | 'right' | 'unary';

const precedence = (op: Op): number => (op === '+' || op === '-' ? 1 : 2);

/**
 * Print the core tree as a derivation. Parentheses where the tree's grouping differs from
 * left-to-right reading (lower precedence, or a same-precedence right operand, so that
 * "a × (b ÷ c)" keeps the order in which it was computed), plus around negative numbers and
 * negations on the right of an operator: "367.35 − (−1.3)".
 */
export function formatTree(node: Core, valueOf: (name: string) => Decimal, place: Place = 'top', parent?: Op): string {
  switch (node.type) {
    case 'num':
    case 'ref': {
      const value = node.type === 'num' ? node.value : valueOf(node.name);
      const text = formatNumber(value) + (node.type === 'num' && node.percent ? '%' : '');
      const negative = text.startsWith(MINUS);
      return negative && (place === 'right' || place === 'unary') ? `(${text})` : text;
    }
    case 'neg': {
      const text = MINUS + formatTree(node.arg, valueOf, 'unary');
      return place === 'right' || place === 'unary' ? `(${text})` : text;
    }
    case 'bin': {
      const text = [
        formatTree(node.left, valueOf, 'left', node.op),
        SYMBOL[node.op],
        formatTree(node.right, valueOf, 'right', node.op),
      ].join(' ');
      if (place === 'unary') return `(${text})`;
      if (parent === undefined || place === 'top') return text;
      const mine = precedence(node.op);
      const theirs = precedence(parent);
      const needs = mine < theirs || (place === 'right' && mine === theirs);
      return needs ? `(${text})` : text;
    }
  }
}
