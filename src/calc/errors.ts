/** Why a calculation was refused. Every failure of the calculator is a `CalcError`. */
export type CalcErrorCode = 'syntax' | 'unknown_reference' | 'division_by_zero' | 'invalid_number' | 'unit_mismatch';

export class CalcError extends Error {
  readonly code: CalcErrorCode;
  /** 0-based character offset in the expression, when the error has one. */
  readonly position: number | undefined;

  constructor(code: CalcErrorCode, message: string, position?: number) {
    super(position === undefined ? message : `${message} (at position ${position})`);
    this.name = 'CalcError';
    this.code = code;
    this.position = position;
  }
}

export class DivisionByZeroError extends CalcError {
  constructor(message = 'division by zero', position?: number) {
    super('division_by_zero', message, position);
    this.name = 'DivisionByZeroError';
  }
}
