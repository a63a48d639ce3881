/** Why a backtest request is invalid: short codes tests and the UI can switch on. */
export type BacktestInputErrorCode = 'TICK' | 'TICK_ORDER' | 'WINDOW' | 'DEPOSIT'

/** A backtest request that cannot be run (bad range, window or deposit). */
export class BacktestInputError extends Error {
  override name = 'BacktestInputError'
  readonly code: BacktestInputErrorCode
  readonly shortMessage: string

  constructor(code: BacktestInputErrorCode, shortMessage: string) {
    super(`${code}: ${shortMessage}`)
    this.code = code
    this.shortMessage = shortMessage
  }
}
