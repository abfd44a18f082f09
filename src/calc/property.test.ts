import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalcError, DivisionByZeroError, evaluate, sum, type CalcResult, type Operand } from './index.js';
import { nearTie, parseQ, roundQ, toDecimalString, applyQ } from './rational.testkit.js';
import { decimalString, reference, render, treeArb, type Tree } from './tree.testkit.js';

const REFS = 4;
/** Raise with CALC_PROPERTY_RUNS=20000 for a deeper soak. */
const RUNS = { numRuns: Number(process.env['CALC_PROPERTY_RUNS'] ?? 400) };
const valuesArb = fc.array(decimalString(), { minLength: REFS, maxLength: REFS });
const operandsOf = (values: readonly string[]): Record<string, Operand> =>
  Object.fromEntries(values.map((value, i) => [`x${i}`, { value, factId: `f${i}` }]));

function run(expr: string, values: readonly string[]): CalcResult | DivisionByZeroError {
  try {
    return evaluate(expr, operandsOf(values));
  } catch (e) {
    if (e instanceof DivisionByZeroError) return e;
    throw e;
  }
}

/** Minimal-parenthesis rendering, to check the parser's precedence and associativity. */
function renderMinimal(tree: Tree, parentPrec = 0, right = false): string {
  if (tree.t !== 'bin') return tree.t === 'lit' ? (tree.text.startsWith('-') ? `(${tree.text})` : tree.text) : `{x${tree.index}}`;
  const prec = tree.op === '+' || tree.op === '-' ? 1 : 2;
  const text = `${renderMinimal(tree.left, prec)} ${tree.spelling} ${renderMinimal(tree.right, prec, true)}`;
  return prec < parentPrec || (right && prec === parentPrec) ? `(${text})` : text;
}

describe('evaluate against a BigInt rational reference', () => {
  it('matches exactly (or to 2 dp away from ties when decimal.js had to round a step)', () => {
    fc.assert(
      fc.property(treeArb(REFS), valuesArb, (tree, values) => {
        const ref = reference(tree, values);
        const got = run(render(tree), values);
        if (ref.exactInDecimal40) {
          if (ref.divisionByZero) {
            expect(got).toBeInstanceOf(DivisionByZeroError);
            return;
          }
          expect(got).not.toBeInstanceOf(Error);
          const r = got as CalcResult;
          expect(r.exact).toBe(toDecimalString(ref.value!));
          expect(r.value).toBe(roundQ(ref.value!, 2));
          return;
        }
        // A quotient did not terminate within 40 digits: only an exact-zero coincidence can differ.
        if (ref.divisionByZero || got instanceof Error) return;
        const value = ref.value!;
        const diff = applyQ('-', parseQ(got.exact), value);
        expect((diff.n < 0n ? -diff.n : diff.n) * 10n ** 8n < diff.d).toBe(true); // |error| < 1e-8
        if (!nearTie(value, 2, { n: 1n, d: 1_000_000n })) expect(got.value).toBe(roundQ(value, 2));
      }),
      RUNS,
    );
  });

  it('parses precedence the same as explicit parentheses', () => {
    fc.assert(
      fc.property(treeArb(REFS), valuesArb, (tree, values) => {
        const a = run(render(tree), values);
        const b = run(renderMinimal(tree), values);
        if (a instanceof Error) expect(b).toBeInstanceOf(DivisionByZeroError);
        else expect(b).toEqual(a);
      }),
      RUNS,
    );
  });

  it('writes a derivation that evaluates back to the same exact result', () => {
    fc.assert(
      fc.property(treeArb(REFS), valuesArb, (tree, values) => {
        const r = run(render(tree), values);
        if (r instanceof Error) return;
        const working = r.derivation.slice(0, r.derivation.lastIndexOf(' = '));
        expect(evaluate(working, {}).exact).toBe(r.exact);
        expect(r.factIds).toEqual([...new Set([...render(tree).matchAll(/\{x(\d)\}/g)].map((m) => `f${m[1]}`))]);
      }),
      RUNS,
    );
  });

  it('throws DivisionByZeroError when dividing by an exact zero', () => {
    fc.assert(
      fc.property(treeArb(REFS), treeArb(REFS, 2), valuesArb, (num, den, values) => {
        const expr = `${render(num)} / (${render(den)} - ${render(den)})`;
        expect(() => evaluate(expr, operandsOf(values))).toThrow(DivisionByZeroError);
      }),
      RUNS,
    );
  });
});

describe('sum', () => {
  it('equals evaluate of the written-out expression and the exact rational sum', () => {
    fc.assert(
      fc.property(fc.array(decimalString(), { minLength: 1, maxLength: 12 }), (values) => {
        const items = values.map((value, i): Operand => ({ value, unit: '万元', factId: `f${i % 3}` }));
        const operands = Object.fromEntries(items.map((item, i) => [`v${i}`, item]));
        const written = evaluate(items.map((_, i) => `{v${i}}`).join(' + '), operands);
        const viaFunction = evaluate(`sum(${items.map((_, i) => `{v${i}}`).join(', ')})`, operands);
        const total = values.map(parseQ).reduce((a, b) => applyQ('+', a, b));
        expect(sum(items)).toEqual(written);
        expect(viaFunction).toEqual(written);
        expect(written.exact).toBe(toDecimalString(total));
        expect(written.value).toBe(roundQ(total, 2));
      }),
      RUNS,
    );
  });
});

describe('fuzz', () => {
  const alphabet = [...'0123456789.+-*/()×÷−{}, x_:收入e', '{a}', '{b}', '{z}', '{bad}', 'sum(', 'diff(', 'share(', 'pct_change(', 'prior('];
  const operands: Record<string, Operand> = { a: { value: '1.5' }, b: { value: '-2' }, z: { value: '0' }, bad: { value: '1e5' } };
  const check = (expr: string): void => {
    try {
      const r = evaluate(expr, operands);
      expect(r.value).toMatch(/^-?\d+(\.\d+)?$/);
    } catch (e) {
      expect(e).toBeInstanceOf(CalcError);
    }
  };

  it('throws nothing but CalcError on token soup', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((a) => a.join('')), check), { numRuns: 500 });
  });

  it('throws nothing but CalcError on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 600 }), check), { numRuns: 300 });
  });
});
