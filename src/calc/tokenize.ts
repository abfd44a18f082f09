import { CalcError } from './errors.js';

export const MAX_EXPRESSION_LENGTH = 500;

export type Op = '+' | '-' | '*' | '/';

export type Token =
  | { type: 'num'; text: string; pos: number }
  | { type: 'ref'; name: string; pos: number }
  | { type: 'ident'; name: string; pos: number }
  | { type: 'op'; op: Op; pos: number }
  | { type: '(' | ')' | ',' | 'end'; pos: number };

/** Operator spellings: ASCII plus the typographic × ÷ − (U+2212). */
const OPS: Readonly<Record<string, Op>> = {
  '+': '+',
  '-': '-',
  '\u2212': '-',
  '*': '*',
  '\u00d7': '*',
  '/': '/',
  '\u00f7': '/',
};

/** Reference names: letters (incl. CJK), digits, `.`, `_`, `-`, `:`. */
const REF_NAME = /^[\p{L}\p{N}._:-]+$/u;
const NUMBER_CHAR = /[0-9A-Za-z_.]/;
const IDENT_START = /[A-Za-z_]/;
const IDENT_CHAR = /[A-Za-z0-9_]/;

function readWhile(src: string, start: number, re: RegExp): number {
  let i = start;
  while (i < src.length && re.test(src[i]!)) i++;
  return i;
}

export function tokenize(src: string): Token[] {
  if (src.length > MAX_EXPRESSION_LENGTH) {
    throw new CalcError('syntax', `expression longer than ${MAX_EXPRESSION_LENGTH} characters`, MAX_EXPRESSION_LENGTH);
  }
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (/[0-9.]/.test(c)) {
      // Swallow any run of number-like characters so `1e5` or `1.2.3` is reported whole.
      const end = readWhile(src, i, NUMBER_CHAR);
      out.push({ type: 'num', text: src.slice(i, end), pos: i });
      i = end;
    } else if (c === '{') {
      const close = src.indexOf('}', i + 1);
      if (close < 0) throw new CalcError('syntax', "unterminated reference: missing '}'", i);
      const name = src.slice(i + 1, close);
      if (!REF_NAME.test(name)) throw new CalcError('syntax', `bad reference name ${JSON.stringify(name)}`, i);
      out.push({ type: 'ref', name, pos: i });
      i = close + 1;
    } else if (IDENT_START.test(c)) {
      const end = readWhile(src, i, IDENT_CHAR);
      out.push({ type: 'ident', name: src.slice(i, end), pos: i });
      i = end;
    } else if (c === '(' || c === ')' || c === ',') {
      out.push({ type: c, pos: i });
      i++;
    } else {
      const op = OPS[c];
      if (op === undefined) throw new CalcError('syntax', `unexpected character ${JSON.stringify(c)}`, i);
      out.push({ type: 'op', op, pos: i });
      i++;
    }
  }
  out.push({ type: 'end', pos: src.length });
  return out;
}
