import { type Client, hexToNumber } from 'viem'
import { getBlockNumber } from 'viem/actions'
import { RpcChainIdMismatchError } from './RpcChainIdMismatchError.ts'

export interface ChainHealth {
  /** Chain id reported by the RPC (equals the expected one, else this throws). */
  rpcChainId: number
  /** Latest block the RPC knows: "figures as of block N". */
  blockNumber: bigint
}

/**
 * Asks the RPC behind `client` for its chain id and latest block, uncached.
 * @param client a viem client for the selected chain
 * @param expectedChainId the chain the app has selected
 * @throws RpcChainIdMismatchError when the RPC serves another chain; transport errors when unreachable
 */
export async function readChainHealth(client: Client, expectedChainId: number): Promise<ChainHealth> {
  const [rpcChainIdHex, blockNumber] = await Promise.all([
    client.request({ method: 'eth_chainId' }),
    getBlockNumber(client, { cacheTime: 0 }),
  ])
  const rpcChainId = hexToNumber(rpcChainIdHex)
  if (rpcChainId !== expectedChainId) throw new RpcChainIdMismatchError({ expectedChainId, rpcChainId })
  return { rpcChainId, blockNumber }
}
