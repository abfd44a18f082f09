import { describe, expect, it } from 'vitest';
import { CalcError } from './errors.js';
import { parse } from './parse.js';
import { tokenize } from './tokenize.js';

function syntaxError(expression: string): CalcError {
  try {
    parse(expression);
  } catch (e) {
    if (e instanceof CalcError) return e;
    throw e;
  }
  throw new Error(`parsed: ${expression}`);
}

describe('tokenize', () => {
  it('reads numbers, references, functions and every operator spelling', () => {
    const types = tokenize('sum({a.b_c-1:收入}, 3009.40) × 2 ÷ 4 − 1 * 2 / 3 - 4 + 5').map((t) => t.type);
    expect(types).toEqual([
      'ident', '(', 'ref', ',', 'num', ')', 'op', 'num', 'op', 'num', 'op', 'num', 'op', 'num', 'op',
      'num', 'op', 'num', 'op', 'num', 'end',
    ]);
  });

  it('maps typographic operators to ASCII', () => {
    const ops = tokenize('1×2÷3−4').flatMap((t) => (t.type === 'op' ? [t.op] : []));
    expect(ops).toEqual(['*', '/', '-']);
  });

  it('records positions', () => {
    expect(tokenize('  {x} + 1').map((t) => t.pos)).toEqual([2, 6, 8, 9]);
  });

  it('rejects bad references and characters', () => {
    expect(() => tokenize('{a')).toThrow(/missing '}'/);
    expect(() => tokenize('{}')).toThrow(CalcError);
    expect(() => tokenize('{a b}')).toThrow(CalcError);
    expect(() => tokenize('1 % 2')).toThrow(/unexpected character/);
  });
});

describe('parse', () => {
  it('respects precedence and left associativity', () => {
    const ast = parse('1 - 2 - 3 * 4 / 5');
    expect(ast).toMatchObject({
      type: 'bin', op: '-',
      left: { type: 'bin', op: '-' },
      right: { type: 'bin', op: '/', left: { type: 'bin', op: '*' } },
    });
  });

  it('parses unary minus, parentheses and calls', () => {
    expect(parse('-(1 + {a})')).toMatchObject({ type: 'neg', arg: { type: 'bin', op: '+' } });
    expect(parse('- -1')).toMatchObject({ type: 'neg', arg: { type: 'neg', arg: { type: 'num' } } });
    expect(parse('sum(1, 2, {x})')).toMatchObject({ type: 'call', fn: 'sum', args: [{}, {}, {}] });
  });

  it('reports syntax errors with positions', () => {
    expect(syntaxError('1 +')).toMatchObject({ code: 'syntax', position: 3 });
    expect(syntaxError('(1 + 2')).toMatchObject({ code: 'syntax', position: 6 });
    expect(syntaxError('1 2')).toMatchObject({ code: 'syntax', position: 2 });
    expect(syntaxError('1 + * 2')).toMatchObject({ code: 'syntax', position: 4 });
    expect(syntaxError('')).toMatchObject({ code: 'syntax', position: 0 });
    expect(syntaxError('1 +')).toHaveProperty('message', expect.stringMatching(/position 3/));
  });

  it('checks functions and their arity', () => {
    expect(syntaxError('avg(1, 2)')).toMatchObject({ code: 'syntax', position: 0 });
    expect(syntaxError('toString(1)')).toMatchObject({ code: 'syntax' });
    expect(syntaxError('sum()')).toMatchObject({ code: 'syntax' });
    expect(syntaxError('diff(1)').message).toMatch(/takes 2/);
    expect(syntaxError('share(1, 2, 3)').message).toMatch(/takes 2/);
    expect(syntaxError('sum 1')).toMatchObject({ code: 'syntax' });
  });

  it('rejects literals that are not plain decimals as invalid_number', () => {
    for (const bad of ['1e5', '1.2.3', '.5', '5.', '1_000', '0x10']) {
      expect(syntaxError(bad)).toMatchObject({ code: 'invalid_number', position: 0 });
    }
  });

  it('limits length and nesting depth', () => {
    expect(syntaxError('1+'.repeat(250) + '1').message).toMatch(/longer than 500/);
    expect(() => parse('1+'.repeat(249) + '1')).not.toThrow();
    expect(() => parse('('.repeat(32) + '1' + ')'.repeat(32))).not.toThrow();
    expect(syntaxError('('.repeat(33) + '1' + ')'.repeat(33)).message).toMatch(/nesting/);
    expect(syntaxError('-'.repeat(40) + '1').message).toMatch(/nesting/);
    expect(syntaxError('sum('.repeat(33) + '1' + ')'.repeat(33)).message).toMatch(/nesting/);
  });
});
