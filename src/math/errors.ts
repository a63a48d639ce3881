/** Short, stable codes for every kind of invalid math input (tests and UI branch on these). */
export type MathErrorCode =
  | 'TICK'
  | 'TICK_SPACING'
  | 'SQRT_RATIO'
  | 'TICK_ORDER'
  | 'AMOUNT'
  | 'LIQUIDITY'
  | 'INSUFFICIENT_LIQUIDITY'
  | 'RESERVES'
  | 'FEE'
  | 'PRICE'
  | 'DECIMALS'
  | 'VOLATILITY'
  | 'HORIZON'
  | 'DRIFT'
  | 'TIME'
  | 'PATHS'
  | 'OVERFLOW'
  | 'DIVISION_BY_ZERO'
  | 'INPUT'

/**
 * Thrown by src/math for input the contracts would reject (or that has no meaningful answer).
 * The math never returns a wrong value instead of throwing.
 */
export class MathError extends Error {
  override name = 'MathError'
  /** Short code, e.g. 'TICK' or 'OVERFLOW'. */
  readonly code: MathErrorCode
  /** The message without the code prefix, for display. */
  readonly shortMessage: string

  constructor(code: MathErrorCode, shortMessage: string) {
    super(`${code}: ${shortMessage}`)
    this.code = code
    this.shortMessage = shortMessage
  }
}
