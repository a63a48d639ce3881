import {
  type Address,
  type Client,
  decodeEventLog,
  type Hex,
  keccak256,
  numberToHex,
  pad,
  stringToHex,
  toEventSelector,
} from 'viem'
import { getBlock } from 'viem/actions'
import type { HistoryEntry, RawLog } from '../../domain/history/logTypes.ts'
import { nonfungiblePositionManagerAbi } from '../abi/nonfungiblePositionManagerAbi.ts'
import { uniswapV2PairAbi } from '../abi/uniswapV2PairAbi.ts'
import { deploymentBlocksOf } from '../catalogue/deploymentBlocks.ts'
import type { PositionsConfig } from '../catalogue/positionsConfig.ts'
import { fetchLogsCached, type ScanProgress } from './fetchLogsCached.ts'
import type { LogStore } from './logStore.ts'

const lower = (value: string) => value.toLowerCase()
const ZERO_TOPIC = pad('0x00', { size: 32 })
const topicOf = (address: Address) => lower(pad(address, { size: 32 }))

const TOPIC = {
  increase: toEventSelector('IncreaseLiquidity(uint256,uint128,uint256,uint256)'),
  decrease: toEventSelector('DecreaseLiquidity(uint256,uint128,uint256,uint256)'),
  collect: toEventSelector('Collect(uint256,address,uint256,uint256)'),
  depositTransferred: toEventSelector('DepositTransferred(uint256,address,address)'),
  transfer: toEventSelector('Transfer(address,address,uint256)'),
  mint: toEventSelector('Mint(address,uint256,uint256)'),
  burn: toEventSelector('Burn(address,uint256,uint256,address)'),
  staked: toEventSelector('Staked(address,uint256)'),
  withdrawn: toEventSelector('Withdrawn(address,uint256)'),
  rewardPaid: toEventSelector('RewardPaid(address,uint256)'),
  rewardClaimed: toEventSelector('RewardClaimed(address,uint256)'),
  tokenUnstaked: toEventSelector('TokenUnstaked(uint256,bytes32)'),
  incentiveCreated: toEventSelector('IncentiveCreated(address,address,uint256,uint256,address,uint256)'),
} as const

/** Topic0 of the staker's IncentiveCreated, read from the shared log by the incentives discovery. */
export const SHARED_TOPIC = { incentiveCreated: TOPIC.incentiveCreated } as const

/** Topic0 of the reward events the claimed-rewards accounting reads from the shared log. */
export const REWARD_TOPIC = {
  rewardPaid: TOPIC.rewardPaid,
  rewardClaimed: TOPIC.rewardClaimed,
  tokenUnstaked: TOPIC.tokenUnstaked,
} as const

/**
 * Where a scan of `contract`'s logs starts: its own deployment block when the chain records one
 * (a V3-only scan on Ethereum skips the 2.4M blocks between the V2 and V3 launches), never before
 * the config's first block.
 */
function scanStart(
  config: Pick<PositionsConfig, 'chainId' | 'historyFromBlock'>,
  contract: 'nonfungiblePositionManager' | 'v3Staker',
): bigint {
  const deployed = deploymentBlocksOf(config.chainId)?.[contract]
  return deployed !== undefined && deployed > config.historyFromBlock ? deployed : config.historyFromBlock
}

export interface ReadHistoryParameters {
  config: PositionsConfig
  store: LogStore
  toBlock: bigint
  /** Stops the scan between ranges (its scanned prefix stays cached). */
  signal?: AbortSignal | undefined
  onProgress?: ((progress: ScanProgress) => void) | undefined
}

/** topic0 of every event of the shared staker + V2 + farms log (IncentiveCreated included: discovery reads it). */
export const SHARED_LOG_TOPICS: readonly Hex[] = [
  TOPIC.depositTransferred,
  TOPIC.transfer,
  TOPIC.mint,
  TOPIC.burn,
  TOPIC.staked,
  TOPIC.withdrawn,
  TOPIC.rewardPaid,
  TOPIC.rewardClaimed,
  TOPIC.tokenUnstaked,
  TOPIC.incentiveCreated,
]

/** topic0 of the V2 pair events (LP Transfer, Mint, Burn): the separate scan of user-imported pairs. */
const V2_PAIR_TOPICS: readonly Hex[] = [TOPIC.transfer, TOPIC.mint, TOPIC.burn]

/**
 * Layout of the shared log's cache key. v3: IncentiveCreated joined the topics (the staker's incentives
 * come from this log), so a v2 entry, which lacks them, is never read as complete.
 */
const SHARED_LOG_KEY_VERSION = 'v3'

/** What the shared log is made of: the staker, the tracked V2 pairs and farms, and where history starts. */
export type SharedLogScope = Pick<PositionsConfig, 'chainId' | 'v2Pairs' | 'farms' | 'historyFromBlock'> & {
  contracts: Pick<PositionsConfig['contracts'], 'v3Staker'>
}

export interface ReadStakerAndV2LogsParameters extends Omit<ReadHistoryParameters, 'config'> {
  config: SharedLogScope
  /**
   * Pairs of `config.v2Pairs` scanned apart from the shared log (user imports): the shared entry keeps the
   * catalogue's addresses, so it is the one the incentives discovery reads, and an import costs a scan of
   * its own pairs only, never a rescan of the staker.
   */
  separatePairs?: readonly Address[] | undefined
}

const byChainOrder = (a: RawLog, b: RawLog) =>
  a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1

/**
 * Events of the staker (deposits, unstakes, claims of any owner, and IncentiveCreated) and of the tracked
 * V2 pairs and farms (incl. RewardPaid), in ONE cached log filter shared by every account and by the
 * incentives discovery: one eth_getLogs per range for all of them, and a reload costs one block-hash
 * request. `separatePairs` are read in a second, smaller filter and merged in chain order.
 * @returns logs in chain order
 */
export async function readStakerAndV2Logs(
  client: Client,
  parameters: ReadStakerAndV2LogsParameters,
): Promise<RawLog[]> {
  const { config, store, toBlock, signal, onProgress } = parameters
  const separate = new Set((parameters.separatePairs ?? []).map(lower))
  const addresses = [
    ...(config.contracts.v3Staker ? [config.contracts.v3Staker] : []),
    ...config.v2Pairs.map((pair) => pair.address).filter((pair) => !separate.has(lower(pair))),
    ...config.farms.map((farm) => farm.address),
  ]
  const apart = config.v2Pairs.map((pair) => pair.address).filter((pair) => separate.has(lower(pair)))
  // Two scans report as one: the least advanced of them (a progress bar never runs ahead of either).
  const progressOf = new Map<string, ScanProgress>()
  const reportBoth =
    onProgress &&
    ((name: string, progress: ScanProgress) => {
      progressOf.set(name, progress)
      let { fromBlock, scannedTo } = progress
      for (const other of progressOf.values()) {
        if (other.fromBlock < fromBlock) fromBlock = other.fromBlock
        if (other.scannedTo < scannedTo) scannedTo = other.scannedTo
      }
      onProgress({ fromBlock, toBlock, scannedTo: scannedTo < fromBlock ? fromBlock - 1n : scannedTo })
    })
  const scan = (list: readonly Address[], name: string, topics: readonly Hex[], fromBlock: bigint) => {
    if (list.length === 0) return Promise.resolve([])
    const addressKey = keccak256(stringToHex(list.map(lower).sort().join(','))).slice(0, 18)
    return fetchLogsCached(client, {
      store,
      cacheKey: `${config.chainId}:${name}:${addressKey}:${SHARED_LOG_KEY_VERSION}`,
      address: [...list],
      topics: [[...topics]],
      fromBlock,
      toBlock,
      signal,
      onProgress: reportBoth && ((progress) => reportBoth(name, progress)),
    })
  }
  const [shared, imported] = await Promise.all([
    scan(
      addresses,
      'staker+v2',
      SHARED_LOG_TOPICS,
      // Only the staker's logs (no tracked pair or farm): from the staker's deployment.
      addresses.length === 1 && config.contracts.v3Staker
        ? scanStart(config, 'v3Staker')
        : config.historyFromBlock,
    ),
    scan(apart, 'v2pairs', V2_PAIR_TOPICS, config.historyFromBlock),
  ])
  return imported.length === 0 ? shared : [...shared, ...imported].sort(byChainOrder)
}

/** Token ids whose latest DepositTransferred names `account` as the new owner (still deposited). */
export function stakerTokenIdsOf(
  logs: readonly RawLog[],
  staker: Address | undefined,
  account: Address,
): bigint[] {
  if (!staker) return []
  const ownerById = new Map<bigint, string>()
  for (const log of logs) {
    if (lower(log.address) !== lower(staker) || log.topics[0] !== TOPIC.depositTransferred) continue
    const tokenId = BigInt(log.topics[1] as Hex)
    ownerById.set(tokenId, lower(log.topics[3] as Hex))
  }
  return [...ownerById].filter(([, owner]) => owner === topicOf(account)).map(([tokenId]) => tokenId)
}

/** IncreaseLiquidity / DecreaseLiquidity / Collect of the given NPM token ids, cached per account. */
export function readV3PositionLogs(
  client: Client,
  parameters: ReadHistoryParameters & { account: Address; tokenIds: readonly bigint[] },
): Promise<RawLog[]> {
  const { config, store, toBlock, account, tokenIds, signal, onProgress } = parameters
  if (tokenIds.length === 0) return Promise.resolve([])
  const sorted = [...tokenIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const idsKey = keccak256(stringToHex(sorted.join(','))).slice(0, 18)
  return fetchLogsCached(client, {
    store,
    cacheKey: `${config.chainId}:npm:${lower(config.contracts.nonfungiblePositionManager)}:inc-dec-collect:${lower(account)}:${idsKey}`,
    address: config.contracts.nonfungiblePositionManager,
    topics: [
      [TOPIC.increase, TOPIC.decrease, TOPIC.collect],
      sorted.map((id) => pad(numberToHex(id), { size: 32 })),
    ],
    fromBlock: scanStart(config, 'nonfungiblePositionManager'),
    toBlock,
    signal,
    onProgress,
  })
}

/** Block timestamps the node sent with the logs (`blockTimestamp`), by block: no request needed for them. */
export function timestampsFromLogs(...lists: readonly (readonly RawLog[])[]): Map<bigint, number> {
  const timestamps = new Map<bigint, number>()
  for (const logs of lists)
    for (const log of logs)
      if (log.blockTimestamp !== undefined) timestamps.set(log.blockNumber, log.blockTimestamp)
  return timestamps
}

export interface ReadBlockTimestampsParameters {
  chainId: number
  store: LogStore
  blocks: readonly bigint[]
  /**
   * Timestamps already known exactly (the node's, from the logs' `blockTimestamp`): those blocks are
   * neither fetched nor stored.
   */
  known?: ReadonlyMap<bigint, number> | undefined
}

/**
 * Block timestamps (unix seconds) of `blocks`: from `known` first, then from `store`, and the rest with
 * one eth_getBlockByNumber per block, all in flight together (a batching transport sends them as one
 * batch); fetched ones are cached in `store` (blocks are immutable once read).
 */
export async function readBlockTimestamps(
  client: Client,
  parameters: ReadBlockTimestampsParameters,
): Promise<Map<bigint, number>> {
  const { known } = parameters
  const wanted = [...new Set(parameters.blocks)]
  const result = new Map<bigint, number>()
  for (const block of wanted) {
    const timestamp = known?.get(block)
    if (timestamp !== undefined) result.set(block, timestamp)
  }
  const unknown = wanted.filter((block) => !result.has(block))
  if (unknown.length === 0) return result
  const key = `${parameters.chainId}:blockTimestamps:v1`
  const cached = (await parameters.store.get<Record<string, number>>(key)) ?? {}
  const missing = unknown.filter((block) => cached[block.toString()] === undefined)
  const fetched = await Promise.all(missing.map((blockNumber) => getBlock(client, { blockNumber })))
  for (const block of fetched) cached[block.number.toString()] = Number(block.timestamp)
  if (missing.length > 0) await parameters.store.set(key, cached)
  for (const block of unknown) result.set(block, cached[block.toString()] as number)
  return result
}

/** V3 history per token id, chain-ordered. */
export function v3HistoryByTokenId(logs: readonly RawLog[]): Map<bigint, HistoryEntry[]> {
  const byId = new Map<bigint, HistoryEntry[]>()
  for (const log of logs) {
    const decoded = decodeEventLog({
      abi: nonfungiblePositionManagerAbi,
      topics: log.topics as [Hex, ...Hex[]],
      data: log.data,
    })
    if (
      decoded.eventName !== 'IncreaseLiquidity' &&
      decoded.eventName !== 'DecreaseLiquidity' &&
      decoded.eventName !== 'Collect'
    )
      continue
    const kind =
      decoded.eventName === 'IncreaseLiquidity'
        ? 'deposit'
        : decoded.eventName === 'DecreaseLiquidity'
          ? 'withdraw'
          : 'collect'
    const entries = byId.get(decoded.args.tokenId) ?? []
    entries.push({
      kind,
      blockNumber: log.blockNumber,
      logIndex: log.logIndex,
      transactionHash: log.transactionHash,
      amount0Wei: decoded.args.amount0,
      amount1Wei: decoded.args.amount1,
    })
    byId.set(decoded.args.tokenId, entries)
  }
  return byId
}

/**
 * V2 history of `account` per pair: a Mint in a transaction where the pair minted LP to the account
 * is a deposit; a Burn in a transaction where the account sent LP to the pair is a withdrawal.
 * Staking the LP in a farm moves it, it is not a withdrawal.
 */
export function v2HistoryByPair(logs: readonly RawLog[], account: Address): Map<string, HistoryEntry[]> {
  const accountTopic = topicOf(account)
  const depositTxs = new Set<string>()
  const withdrawTxs = new Set<string>()
  for (const log of logs) {
    if (log.topics[0] !== TOPIC.transfer || log.topics.length !== 3) continue
    const from = lower(log.topics[1] as Hex)
    const to = lower(log.topics[2] as Hex)
    if (from === ZERO_TOPIC && to === accountTopic)
      depositTxs.add(`${lower(log.address)}:${log.transactionHash}`)
    if (from === accountTopic && to === topicOf(log.address))
      withdrawTxs.add(`${lower(log.address)}:${log.transactionHash}`)
  }
  const byPair = new Map<string, HistoryEntry[]>()
  for (const log of logs) {
    const key = `${lower(log.address)}:${log.transactionHash}`
    const isMint = log.topics[0] === TOPIC.mint && depositTxs.has(key)
    const isBurn = log.topics[0] === TOPIC.burn && withdrawTxs.has(key)
    if (!isMint && !isBurn) continue
    const decoded = decodeEventLog({
      abi: uniswapV2PairAbi,
      topics: log.topics as [Hex, ...Hex[]],
      data: log.data,
    })
    if (decoded.eventName !== 'Mint' && decoded.eventName !== 'Burn') continue
    const entries = byPair.get(lower(log.address)) ?? []
    entries.push({
      kind: isMint ? 'deposit' : 'withdraw',
      blockNumber: log.blockNumber,
      logIndex: log.logIndex,
      transactionHash: log.transactionHash,
      amount0Wei: decoded.args.amount0,
      amount1Wei: decoded.args.amount1,
    })
    byPair.set(lower(log.address), entries)
  }
  return byPair
}
