/** A Swap event no exact-in / exact-out / price-limited replay of the pool's loop reproduces. */
export class SwapReplayMismatchError extends Error {
  override name = 'SwapReplayMismatchError'
  readonly shortMessage: string
  readonly blockNumber: bigint
  readonly logIndex: number

  constructor(parameters: { blockNumber: bigint; logIndex: number; details: string }) {
    super(
      `Swap at block ${parameters.blockNumber} (log ${parameters.logIndex}) could not be replayed: ${parameters.details}`,
    )
    this.shortMessage = 'Swap replay mismatch'
    this.blockNumber = parameters.blockNumber
    this.logIndex = parameters.logIndex
  }
}
