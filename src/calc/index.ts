/**
 * budget-qa calculator: exact decimal arithmetic over stored source figures.
 * Every derived number in an answer comes from here, with its derivation and fact ids.
 * Rounding rule: see rounding.ts.
 */
export { CalcError, DivisionByZeroError, type CalcErrorCode } from './errors.js';
export { evaluate, type CalcResult, type EvaluateOptions, type Operand } from './evaluate.js';
export { difference, percentChange, priorYear, multipleOf, share, sum, sumMany, SUM_CHUNK, wanToMillionYuan, yuanToWan } from './helpers.js';
export { roundForKind, type ResultKind } from './rounding.js';
export { COUNT_UNITS, isCountUnit } from './units.js';
export { MAX_EXPRESSION_LENGTH } from './tokenize.js';
export { MAX_DEPTH } from './parse.js';
