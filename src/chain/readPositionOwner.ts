import type { Address, Client } from 'viem'
import { nonfungiblePositionManagerAbi } from './abi/nonfungiblePositionManagerAbi.ts'
import { uniswapV3StakerAbi } from './abi/uniswapV3StakerAbi.ts'
import { call } from './batch/batchCall.ts'
import { multicall3Of, readBatch } from './batch/readBatch.ts'

/** Who holds a V3 (or V4 PositionManager) position NFT: its owner (the depositor when the staker holds it), or that there is none. */
export type PositionOwner =
  | { status: 'owned'; owner: Address; staked: boolean }
  /** ownerOf reverted: the id was never minted or the NFT was burned. */
  | { status: 'missing' }

/**
 * The owner of V3 position `tokenId`: NPM.ownerOf, and when that is the V3 staker, the staker's
 * deposits(tokenId).owner (the account the position is staked for). One eth_call.
 * @throws when the RPC request itself failed (a failed read is never taken as "no such position")
 */
export async function readPositionOwner(
  client: Client,
  parameters: {
    npm: Address
    staker: Address | undefined
    tokenId: bigint
    multicall3?: Address | undefined
    signal?: AbortSignal | undefined
  },
): Promise<PositionOwner> {
  const { npm, staker, tokenId } = parameters
  const { ownerOf, deposits } = await readBatch(client, {
    multicall3: multicall3Of(client, parameters.multicall3),
    signal: parameters.signal,
    calls: {
      ownerOf: call(npm, nonfungiblePositionManagerAbi, 'ownerOf', [tokenId]),
      deposits: staker ? [call(staker, uniswapV3StakerAbi, 'deposits', [tokenId])] : [],
    },
  })
  if (!ownerOf.ok) return { status: 'missing' }
  const [deposit] = deposits
  if (staker && ownerOf.value.toLowerCase() === staker.toLowerCase()) {
    if (!deposit?.ok) throw new Error(`staker deposit of #${tokenId} unavailable`)
    return { status: 'owned', owner: deposit.value[0], staked: true }
  }
  return { status: 'owned', owner: ownerOf.value, staked: false }
}
