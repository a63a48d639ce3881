import { type Address, type Client, type Hex, pad, toEventSelector } from 'viem'
import { ownedTokenIds } from '../../domain/positions/ownedTokenIds.ts'
import type { V4PositionsConfig } from '../catalogue/positionsConfig.ts'
import { fetchLogsCached } from './fetchLogsCached.ts'
import type { LogStore } from './logStore.ts'

const TRANSFER_TOPIC = toEventSelector('Transfer(address,address,uint256)')
const topicOf = (address: Address) => pad(address.toLowerCase() as Hex, { size: 32 })

export interface FindV4TokenIdsParameters {
  chainId: number
  account: Address
  v4: V4PositionsConfig
  store: LogStore
  toBlock: bigint
  signal?: AbortSignal | undefined
}

/**
 * The V4 PositionManager token ids `account` holds at `toBlock`. The PositionManager is not enumerable,
 * so they come from its Transfer logs to and from the account (two eth_getLogs scans from its deployment
 * block, through the reorg-checked log cache): burned and sent-away ids are not held.
 * @returns token ids, lowest first
 */
export async function findV4TokenIds(
  client: Client,
  parameters: FindV4TokenIdsParameters,
): Promise<bigint[]> {
  const { chainId, account, v4, store, toBlock, signal } = parameters
  const scan = (direction: 'in' | 'out') =>
    fetchLogsCached(client, {
      store,
      cacheKey: `${chainId}:v4-pm:${v4.positionManager.toLowerCase()}:transfer-${direction}:${account.toLowerCase()}:v1`,
      address: v4.positionManager,
      topics:
        direction === 'in' ? [TRANSFER_TOPIC, null, topicOf(account)] : [TRANSFER_TOPIC, topicOf(account)],
      fromBlock: v4.fromBlock,
      toBlock,
      signal,
    })
  const [received, sent] = await Promise.all([scan('in'), scan('out')])
  return ownedTokenIds([...received, ...sent], account)
}
