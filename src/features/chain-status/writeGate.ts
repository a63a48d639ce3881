import { type Client, hexToNumber } from 'viem'

/**
 * Whether a write may go to the wallet now, from the RPC's own answers just before it.
 * - `blocked`: a reason no write may be sent (the RPC serves another chain, …); null when none.
 * - `confirm`: a reason the user must confirm before sending (e.g. a stale node sets the deadline); null when none.
 */
export interface WriteGate {
  blocked: string | null
  confirm: string | null
}

/**
 * Checks the RPC right before a write: it must serve `chainId` (the wallet's chain is checked by the flow).
 * @param client a viem client for the selected chain (the app's RPC, not the wallet's)
 * @param chainId the chain the app has selected
 * @returns the gate; an unreachable RPC blocks the write (the deadline and simulation come from it)
 */
export async function checkWriteGate(client: Client, chainId: number): Promise<WriteGate> {
  let rpcChainId: number
  try {
    rpcChainId = hexToNumber(await client.request({ method: 'eth_chainId' }))
  } catch {
    return {
      blocked: 'The RPC did not answer, so the transaction cannot be checked. Retry when it is back.',
      confirm: null,
    }
  }
  if (rpcChainId !== chainId)
    return {
      blocked: `The RPC serves chain id ${rpcChainId}, not ${chainId}: writes are blocked until the RPC URL in Settings is fixed.`,
      confirm: null,
    }
  return { blocked: null, confirm: null }
}
