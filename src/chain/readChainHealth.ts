import { type Client, type Hex, hexToBigInt, hexToNumber } from 'viem'
import { RpcChainIdMismatchError } from './RpcChainIdMismatchError.ts'

export interface ChainHealth {
  /** Chain id reported by the RPC (equals the expected one, else this throws). */
  rpcChainId: number
  /** Latest block the RPC knows: "figures as of block N". */
  blockNumber: bigint
  /** That block's hash (cross-checked against a second RPC when there is one). */
  blockHash: Hex
  /** That block's timestamp, unix seconds: a head far behind the wall clock means a stale node. */
  blockTimestamp: bigint
}

/**
 * Asks the RPC behind `client` for its chain id and latest block header, uncached.
 * @param client a viem client for the selected chain
 * @param expectedChainId the chain the app has selected
 * @throws RpcChainIdMismatchError when the RPC serves another chain; transport errors when unreachable
 */
export async function readChainHealth(client: Client, expectedChainId: number): Promise<ChainHealth> {
  const [rpcChainIdHex, head] = await Promise.all([
    client.request({ method: 'eth_chainId' }),
    client.request({ method: 'eth_getBlockByNumber', params: ['latest', false] }) as Promise<{
      number: Hex
      hash: Hex
      timestamp: Hex
    } | null>,
  ])
  const rpcChainId = hexToNumber(rpcChainIdHex)
  if (rpcChainId !== expectedChainId) throw new RpcChainIdMismatchError({ expectedChainId, rpcChainId })
  if (!head?.number || !head.hash || !head.timestamp) throw new Error('The RPC returned no latest block.')
  return {
    rpcChainId,
    blockNumber: hexToBigInt(head.number),
    blockHash: head.hash,
    blockTimestamp: hexToBigInt(head.timestamp),
  }
}
