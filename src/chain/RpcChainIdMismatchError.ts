/** The RPC answered, but for another chain than the one configured (a mistyped URL or port). */
export class RpcChainIdMismatchError extends Error {
  override name = 'RpcChainIdMismatchError'
  readonly expectedChainId: number
  readonly rpcChainId: number

  constructor({ expectedChainId, rpcChainId }: { expectedChainId: number; rpcChainId: number }) {
    super(`The RPC serves chain ${rpcChainId}, but chain ${expectedChainId} is selected.`)
    this.expectedChainId = expectedChainId
    this.rpcChainId = rpcChainId
  }
}
