import { parsePlainDecimal, type Dec } from './decimal.js';
import { CalcError } from './errors.js';
import { FUNCTIONS, isFnName, type FnName } from './functions.js';
import { tokenize, type Op, type Token } from './tokenize.js';

export const MAX_DEPTH = 32;

export type Node =
  | { type: 'num'; value: Dec; pos: number }
  | { type: 'ref'; name: string; pos: number }
  | { type: 'neg'; arg: Node; pos: number }
  | { type: 'bin'; op: Op; left: Node; right: Node; pos: number }
  | { type: 'call'; fn: FnName; args: Node[]; pos: number };

function describe(t: Token): string {
  switch (t.type) {
    case 'num': return `number ${t.text}`;
    case 'ref': return `{${t.name}}`;
    case 'ident': return t.name;
    case 'op': return `'${t.op}'`;
    case 'end': return 'end of expression';
    default: return `'${t.type}'`;
  }
}

/** Recursive-descent parser: expr := term (± term)*, term := unary (×÷ unary)*, unary := −unary | primary. */
class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i] ?? this.tokens[this.tokens.length - 1]!;
  }
  private next(): Token {
    const t = this.peek();
    if (t.type !== 'end') this.i++;
    return t;
  }
  private fail(t: Token, expected: string): never {
    throw new CalcError('syntax', `expected ${expected}, found ${describe(t)}`, t.pos);
  }
  private expect(type: '(' | ')' | 'end', expected: string): Token {
    const t = this.next();
    if (t.type !== type) this.fail(t, expected);
    return t;
  }
  private enter(pos: number): void {
    if (++this.depth > MAX_DEPTH) throw new CalcError('syntax', `nesting deeper than ${MAX_DEPTH}`, pos);
  }

  parseAll(): Node {
    const node = this.expr();
    this.expect('end', 'an operator or end of expression');
    return node;
  }

  private binary(sub: () => Node, ops: readonly Op[]): Node {
    let left = sub();
    for (let t = this.peek(); t.type === 'op' && ops.includes(t.op); t = this.peek()) {
      this.next();
      left = { type: 'bin', op: t.op, left, right: sub(), pos: t.pos };
    }
    return left;
  }
  private expr(): Node {
    return this.binary(() => this.term(), ['+', '-']);
  }
  private term(): Node {
    return this.binary(() => this.unary(), ['*', '/']);
  }
  private unary(): Node {
    const t = this.peek();
    if (t.type === 'op' && t.op === '-') {
      this.next();
      this.enter(t.pos);
      const arg = this.unary();
      this.depth--;
      return { type: 'neg', arg, pos: t.pos };
    }
    return this.primary();
  }
  private primary(): Node {
    const t = this.next();
    switch (t.type) {
      case 'num':
        return { type: 'num', value: parsePlainDecimal(t.text, 'number literal', t.pos), pos: t.pos };
      case 'ref':
        return { type: 'ref', name: t.name, pos: t.pos };
      case '(': {
        this.enter(t.pos);
        const inner = this.expr();
        this.expect(')', "')'");
        this.depth--;
        return inner;
      }
      case 'ident':
        return this.call(t.name, t.pos);
      default:
        return this.fail(t, 'a number, {reference}, function or (');
    }
  }
  private call(name: string, pos: number): Node {
    if (!isFnName(name)) throw new CalcError('syntax', `unknown function ${JSON.stringify(name)}`, pos);
    this.expect('(', `'(' after ${name}`);
    this.enter(pos);
    const args: Node[] = [this.expr()];
    while (this.peek().type === ',') {
      this.next();
      args.push(this.expr());
    }
    this.expect(')', "',' or ')'");
    this.depth--;
    const { min, max } = FUNCTIONS[name];
    if (args.length < min || args.length > max) {
      const want = min === max ? `${min}` : `at least ${min}`;
      throw new CalcError('syntax', `${name}() takes ${want} argument(s), got ${args.length}`, pos);
    }
    return { type: 'call', fn: name, args, pos };
  }
}

export function parse(expression: string): Node {
  return new Parser(tokenize(expression)).parseAll();
}
