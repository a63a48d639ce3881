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
} as const

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
function scanStart(config: PositionsConfig, contract: 'nonfungiblePositionManager' | 'v3Staker'): bigint {
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

/**
 * Events of the staker (deposits, unstakes and claims of any owner) and of the tracked V2 pairs and
 * farms (incl. RewardPaid), in ONE cached log filter shared by every account: a reload costs one
 * request.
 */
export function readStakerAndV2Logs(client: Client, parameters: ReadHistoryParameters): Promise<RawLog[]> {
  const { config, store, toBlock, signal, onProgress } = parameters
  const addresses = [
    ...(config.contracts.v3Staker ? [config.contracts.v3Staker] : []),
    ...config.v2Pairs.map((pair) => pair.address),
    ...config.farms.map((farm) => farm.address),
  ]
  if (addresses.length === 0) return Promise.resolve([])
  const addressKey = keccak256(stringToHex(addresses.map(lower).sort().join(','))).slice(0, 18)
  return fetchLogsCached(client, {
    store,
    cacheKey: `${config.chainId}:staker+v2:${addressKey}:v2`,
    // Only the staker's logs (no tracked pair or farm): from the staker's deployment.
    address: addresses,
    topics: [
      [
        TOPIC.depositTransferred,
        TOPIC.transfer,
        TOPIC.mint,
        TOPIC.burn,
        TOPIC.staked,
        TOPIC.withdrawn,
        TOPIC.rewardPaid,
        TOPIC.rewardClaimed,
        TOPIC.tokenUnstaked,
      ],
    ],
    fromBlock:
      addresses.length === 1 && config.contracts.v3Staker
        ? scanStart(config, 'v3Staker')
        : config.historyFromBlock,
    toBlock,
    signal,
    onProgress,
  })
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

/** Block timestamps (unix seconds) of `blocks`, cached in `store` (blocks are immutable once read). */
export async function readBlockTimestamps(
  client: Client,
  parameters: { chainId: number; store: LogStore; blocks: readonly bigint[] },
): Promise<Map<bigint, number>> {
  const key = `${parameters.chainId}:blockTimestamps:v1`
  const cached = (await parameters.store.get<Record<string, number>>(key)) ?? {}
  const missing = [...new Set(parameters.blocks)].filter((block) => cached[block.toString()] === undefined)
  const fetched = await Promise.all(missing.map((blockNumber) => getBlock(client, { blockNumber })))
  for (const block of fetched) cached[block.number.toString()] = Number(block.timestamp)
  if (missing.length > 0) await parameters.store.set(key, cached)
  return new Map(parameters.blocks.map((block) => [block, cached[block.toString()] as number]))
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
