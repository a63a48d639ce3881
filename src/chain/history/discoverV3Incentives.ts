import {
  type Address,
  type Client,
  decodeEventLog,
  encodeAbiParameters,
  getAddress,
  type Hex,
  keccak256,
  toEventSelector,
} from 'viem'
import type { V3IncentiveInfo } from '../../domain/catalogue/types.ts'
import { uniswapV3StakerAbi } from '../abi/uniswapV3StakerAbi.ts'
import { fetchLogsCached, type ScanProgress } from './fetchLogsCached.ts'
import type { LogStore } from './logStore.ts'

/** topic0 of UniswapV3Staker's IncentiveCreated(rewardToken indexed, pool indexed, startTime, endTime, refundee, reward). */
export const INCENTIVE_CREATED_TOPIC = toEventSelector(
  'IncentiveCreated(address,address,uint256,uint256,address,uint256)',
)

/** The staker's incentive id: keccak256(abi.encode(IncentiveKey)), as IncentiveId.compute does. */
export function v3IncentiveIdOf(key: Omit<V3IncentiveInfo, 'incentiveId'>): Hex {
  return keccak256(
    encodeAbiParameters(
      [
        {
          type: 'tuple',
          components: [
            { name: 'rewardToken', type: 'address' },
            { name: 'pool', type: 'address' },
            { name: 'startTime', type: 'uint256' },
            { name: 'endTime', type: 'uint256' },
            { name: 'refundee', type: 'address' },
          ],
        },
      ],
      [
        {
          rewardToken: key.rewardToken,
          pool: key.pool,
          startTime: BigInt(key.startTime),
          endTime: BigInt(key.endTime),
          refundee: key.refundee,
        },
      ],
    ),
  )
}

export interface DiscoverV3IncentivesParameters {
  chainId: number
  staker: Address
  /** The staker's deployment block (catalogue): the scan never starts earlier. */
  fromBlock: bigint
  toBlock: bigint
  store: LogStore
  signal?: AbortSignal | undefined
  onProgress?: ((progress: ScanProgress) => void) | undefined
  /** Only incentives on these pools (topic filter on the indexed pool); every pool when omitted. */
  pools?: readonly Address[] | undefined
}

/**
 * Every incentive created on the V3 staker, from its `IncentiveCreated` logs over
 * [fromBlock, toBlock]: one cached, adaptive, resumable scan (fetchLogsCached), so a reload costs
 * one block-hash request and a new block extends the scan. Ids are computed from the logged key the
 * way the staker does. Ended incentives are included (a stake can outlive its incentive's end).
 * @returns incentives in creation order
 */
export async function discoverV3Incentives(
  client: Client,
  parameters: DiscoverV3IncentivesParameters,
): Promise<V3IncentiveInfo[]> {
  const { chainId, staker, fromBlock, toBlock, store, signal, onProgress, pools } = parameters
  if (fromBlock > toBlock) return []
  const poolTopics =
    pools && pools.length > 0
      ? [...new Set(pools.map((pool) => `0x${pool.slice(2).toLowerCase().padStart(64, '0')}` as Hex))].sort()
      : null
  const poolKey = poolTopics ? keccak256(poolTopics.join(',') as Hex).slice(0, 18) : 'all'
  const logs = await fetchLogsCached(client, {
    store,
    cacheKey: `${chainId}:staker:${staker.toLowerCase()}:incentive-created:${poolKey}:v1`,
    address: staker,
    topics: [INCENTIVE_CREATED_TOPIC, null, poolTopics],
    fromBlock,
    toBlock,
    signal,
    onProgress,
  })
  const incentives: V3IncentiveInfo[] = []
  const seen = new Set<string>()
  for (const log of logs) {
    if (log.address.toLowerCase() !== staker.toLowerCase() || log.topics[0] !== INCENTIVE_CREATED_TOPIC)
      continue
    const decoded = decodeEventLog({
      abi: uniswapV3StakerAbi,
      eventName: 'IncentiveCreated',
      topics: log.topics as [Hex, ...Hex[]],
      data: log.data,
    })
    const key = {
      rewardToken: getAddress(decoded.args.rewardToken),
      pool: getAddress(decoded.args.pool),
      startTime: Number(decoded.args.startTime),
      endTime: Number(decoded.args.endTime),
      refundee: getAddress(decoded.args.refundee),
    }
    const incentiveId = v3IncentiveIdOf(key)
    if (seen.has(incentiveId)) continue
    seen.add(incentiveId)
    incentives.push({ ...key, incentiveId })
  }
  return incentives
}

/** `known` plus the `discovered` incentives it lacks (by id), in that order. */
export function mergeV3Incentives(
  known: readonly V3IncentiveInfo[],
  discovered: readonly V3IncentiveInfo[],
): V3IncentiveInfo[] {
  const ids = new Set(known.map((incentive) => incentive.incentiveId.toLowerCase()))
  return [...known, ...discovered.filter((incentive) => !ids.has(incentive.incentiveId.toLowerCase()))]
}
