import {
  type Address,
  type Client,
  decodeEventLog,
  encodeAbiParameters,
  getAddress,
  type Hex,
  keccak256,
} from 'viem'
import type { V3IncentiveInfo } from '../../domain/catalogue/types.ts'
import { uniswapV3StakerAbi } from '../abi/uniswapV3StakerAbi.ts'
import type { ScanProgress } from './fetchLogsCached.ts'
import type { LogStore } from './logStore.ts'
import { readStakerAndV2Logs, SHARED_TOPIC, type SharedLogScope } from './readPositionHistory.ts'

/** topic0 of UniswapV3Staker's IncentiveCreated(rewardToken indexed, pool indexed, startTime, endTime, refundee, reward). */
export const INCENTIVE_CREATED_TOPIC = SHARED_TOPIC.incentiveCreated

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

interface DiscoverCommonParameters {
  toBlock: bigint
  store: LogStore
  signal?: AbortSignal | undefined
  onProgress?: ((progress: ScanProgress) => void) | undefined
  /** Only incentives on these pools (the logged pool); every pool when omitted. */
  pools?: readonly Address[] | undefined
}

/**
 * Either the chain's positions configuration — the incentives then come from its shared staker + V2 +
 * farms log (readStakerAndV2Logs: the same cached entry the history reads, so the staker is scanned
 * once for both) — or the staker alone from `fromBlock` (its deployment block: never earlier).
 */
export type DiscoverV3IncentivesParameters = DiscoverCommonParameters &
  ({ config: SharedLogScope } | { chainId: number; staker: Address; fromBlock: bigint })

/**
 * Every incentive created on the V3 staker, from its `IncentiveCreated` logs up to `toBlock`: one
 * cached, adaptive, resumable scan (fetchLogsCached), so a reload costs one block-hash request and a
 * new block extends the scan. With `config` it is the shared staker + V2 + farms scan (no filter of
 * its own). Ids are computed from the logged key the way the staker does. Ended incentives are
 * included (a stake can outlive its incentive's end).
 * @returns incentives in creation order
 */
export async function discoverV3Incentives(
  client: Client,
  parameters: DiscoverV3IncentivesParameters,
): Promise<V3IncentiveInfo[]> {
  const { toBlock, store, signal, onProgress, pools } = parameters
  const scope: SharedLogScope = 'config' in parameters ? parameters.config : stakerOnlyConfig(parameters)
  const staker = scope?.contracts.v3Staker
  if (!staker || scope.historyFromBlock > toBlock) return []
  const logs = await readStakerAndV2Logs(client, { config: scope, store, toBlock, signal, onProgress })
  const poolSet = pools && pools.length > 0 ? new Set(pools.map((pool) => pool.toLowerCase())) : undefined
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
    if (poolSet && !poolSet.has(key.pool.toLowerCase())) continue
    const incentiveId = v3IncentiveIdOf(key)
    if (seen.has(incentiveId)) continue
    seen.add(incentiveId)
    incentives.push({ ...key, incentiveId })
  }
  return incentives
}

/** A configuration whose shared log is the staker's alone, scanned from `fromBlock`. */
function stakerOnlyConfig(parameters: {
  chainId: number
  staker: Address
  fromBlock: bigint
}): SharedLogScope {
  const { chainId, staker, fromBlock } = parameters
  return { chainId, contracts: { v3Staker: staker }, v2Pairs: [], farms: [], historyFromBlock: fromBlock }
}
