import {
  type Address,
  type Client,
  decodeEventLog,
  getAddress,
  type Hex,
  pad,
  toEventSelector,
  toHex,
} from 'viem'
import { getBalance, getBlock, getTransactionReceipt } from 'viem/actions'
import type { RawLog } from '../../domain/history/logTypes.ts'
import {
  type V4FeeEvent,
  type V4ModifyLiquidityLog,
  type V4NftTransfer,
  type V4PriceLog,
  type V4TokenTransfer,
  type V4TransactionFacts,
  v4FeeHistory,
  v4OwnerAt,
  v4PositionModifications,
} from '../../domain/history/v4FeeHistory.ts'
import { poolManagerAbi } from '../abi/poolManagerAbi.ts'
import type { V4PositionsConfig } from '../catalogue/positionsConfig.ts'
import { fetchLogsCached } from './fetchLogsCached.ts'
import type { LogStore } from './logStore.ts'

const MODIFY_TOPIC = toEventSelector('ModifyLiquidity(bytes32,address,int24,int24,int256,bytes32)')
const SWAP_TOPIC = toEventSelector('Swap(bytes32,address,int128,int128,uint160,uint128,int24,uint24)')
const INITIALIZE_TOPIC = toEventSelector(
  'Initialize(bytes32,address,address,uint24,int24,address,uint160,int24)',
)
const TRANSFER_TOPIC = toEventSelector('Transfer(address,address,uint256)')
const lower = (value: string) => value.toLowerCase()
const addressOfTopic = (topic: Hex | undefined) => getAddress(`0x${(topic ?? '').slice(26)}`)

/** A V4 position whose fee history is read. */
export interface V4FeeHistoryPosition {
  tokenId: bigint
  poolId: Hex
  currency0: Address
  currency1: Address
  hookMayAlterAmounts: boolean
}

export interface ReadV4FeeHistoryParameters {
  chainId: number
  v4: V4PositionsConfig
  store: LogStore
  toBlock: bigint
  /** The account: the positions' owner now (earlier holders come from the NFTs' Transfer logs). */
  account: Address
  positions: readonly V4FeeHistoryPosition[]
  signal?: AbortSignal | undefined
}

export interface V4FeeHistoryResult {
  /** token id → its modifications with the fees paid at each. */
  events: Map<bigint, V4FeeEvent[]>
  /** The ModifyLiquidity logs read (their `blockTimestamp`s). */
  logs: RawLog[]
}

function decodeModify(log: RawLog): V4ModifyLiquidityLog {
  const { args } = decodeEventLog({
    abi: poolManagerAbi,
    eventName: 'ModifyLiquidity',
    topics: log.topics as [Hex, ...Hex[]],
    data: log.data,
  })
  return {
    blockNumber: log.blockNumber,
    logIndex: log.logIndex,
    transactionHash: log.transactionHash,
    sender: args.sender,
    tickLower: args.tickLower,
    tickUpper: args.tickUpper,
    liquidityDelta: args.liquidityDelta,
    salt: args.salt,
  }
}

function decodePrice(log: RawLog): V4PriceLog {
  const decoded = decodeEventLog({
    abi: poolManagerAbi,
    topics: log.topics as [Hex, ...Hex[]],
    data: log.data,
  })
  if (decoded.eventName !== 'Swap' && decoded.eventName !== 'Initialize')
    throw new Error(`unexpected PoolManager event ${decoded.eventName}`)
  return {
    blockNumber: log.blockNumber,
    logIndex: log.logIndex,
    sqrtPriceX96: decoded.args.sqrtPriceX96,
    tick: decoded.args.tick,
  }
}

interface CachedFacts {
  transfers: { token: Address; from: Address; to: Address; amountWei: string }[]
  modifyLiquidityCount: number
  swapCount: number
  nativeNetWei: string | null
  nativeNote?: string
}

/**
 * The facts of one modification's transaction: its receipt's ERC-20 Transfers and PoolManager logs, and for a
 * native-ETH pool the owner's ETH received net. No log carries native ETH (and logs give no internal value
 * without traces), so it is the owner's balance change across the block (+ the gas the owner paid if it sent
 * the transaction): exact when the transaction is the block's only one, else an estimate (another
 * transaction of the block may have moved the owner's ETH). Needs the node's state at the previous block.
 */
async function readTransactionFacts(
  client: Client,
  hash: Hex,
  owner: Address,
  poolManager: Address,
  native: boolean,
): Promise<CachedFacts> {
  const receipt = await getTransactionReceipt(client, { hash })
  const transfers: CachedFacts['transfers'] = []
  let modifyLiquidityCount = 0
  let swapCount = 0
  for (const log of receipt.logs) {
    const topic = log.topics[0]
    if (topic === TRANSFER_TOPIC && log.topics.length === 3)
      transfers.push({
        token: log.address,
        from: addressOfTopic(log.topics[1]),
        to: addressOfTopic(log.topics[2]),
        amountWei: BigInt(log.data).toString(),
      })
    if (lower(log.address) !== lower(poolManager)) continue
    if (topic === MODIFY_TOPIC) modifyLiquidityCount++
    if (topic === SWAP_TOPIC) swapCount++
  }
  const facts: CachedFacts = { transfers, modifyLiquidityCount, swapCount, nativeNetWei: null }
  if (!native) return facts
  try {
    const blockNumber = receipt.blockNumber
    const [after, prior, block] = await Promise.all([
      getBalance(client, { address: owner, blockNumber }),
      getBalance(client, { address: owner, blockNumber: blockNumber - 1n }),
      getBlock(client, { blockNumber }),
    ])
    const gas = lower(receipt.from) === lower(owner) ? receipt.gasUsed * receipt.effectiveGasPrice : 0n
    facts.nativeNetWei = (after - prior + gas).toString()
    if (block.transactions.length !== 1)
      facts.nativeNote =
        'native ETH leaves no log: its side is the owner’s balance change across a block with other transactions (an estimate)'
  } catch (error) {
    facts.nativeNote = `native ETH leaves no log and the owner’s past balance could not be read (${String(error).split('\n')[0]?.slice(0, 80)})`
  }
  return facts
}

/**
 * The fee history of V4 positions (v4FeeHistory): the PoolManager's ModifyLiquidity, Swap and Initialize logs of
 * the positions' pools (one filter by pool id topic, through the reorg-checked log cache, from the V4 deployment
 * block; ModifyLiquidity of other senders is dropped by the rule) and the NFTs' Transfer logs (one filter by token
 * id topic: who held each position at each change), then one receipt per modification transaction of the positions that
 * had liquidity before it (cached by hash and owner), plus two past balances and a block for native-ETH pools.
 */
export async function readV4FeeHistory(
  client: Client,
  parameters: ReadV4FeeHistoryParameters,
): Promise<V4FeeHistoryResult> {
  const { chainId, v4, store, toBlock, account, positions, signal } = parameters
  const poolManager = v4.poolManager
  const poolIds = [...new Set(positions.map((p) => lower(p.poolId) as Hex))].sort()
  // One filter for every pool of the positions: their ModifyLiquidity, Swap and Initialize logs (topic1 = pool id).
  // And the NFTs' Transfer logs (topic3 = token id): who held each position at each change.
  const tokenTopics = [...new Set(positions.map((p) => pad(toHex(p.tokenId), { size: 32 })))].sort()
  const [logs, nftLogs] = await Promise.all([
    poolIds.length === 0
      ? []
      : fetchLogsCached(client, {
          store,
          address: poolManager,
          fromBlock: v4.fromBlock,
          toBlock,
          signal,
          cacheKey: `${chainId}:v4-pools:${lower(poolManager)}:${poolIds.join(',')}:modify+price:v1`,
          topics: [[MODIFY_TOPIC, SWAP_TOPIC, INITIALIZE_TOPIC], poolIds],
        }),
    tokenTopics.length === 0
      ? []
      : fetchLogsCached(client, {
          store,
          address: v4.positionManager,
          fromBlock: v4.fromBlock,
          toBlock,
          signal,
          cacheKey: `${chainId}:v4-pm:${lower(v4.positionManager)}:nft-transfers:${tokenTopics.map((t) => BigInt(t)).join(',')}:v1`,
          topics: [TRANSFER_TOPIC, null, null, tokenTopics],
        }),
  ])
  signal?.throwIfAborted()
  const ownerTransfers = new Map<bigint, V4NftTransfer[]>()
  for (const log of nftLogs) {
    const tokenId = BigInt(log.topics[3] ?? '0x0')
    ownerTransfers.set(tokenId, [
      ...(ownerTransfers.get(tokenId) ?? []),
      { blockNumber: log.blockNumber, logIndex: log.logIndex, to: addressOfTopic(log.topics[2]) },
    ])
  }
  const byPool = new Map<string, { modify: V4ModifyLiquidityLog[]; price: V4PriceLog[] }>(
    poolIds.map((poolId) => [poolId, { modify: [], price: [] }]),
  )
  const modifyLogs: RawLog[] = []
  for (const log of logs) {
    const pool = byPool.get(lower(log.topics[1] ?? ''))
    if (!pool) continue
    if (log.topics[0] === MODIFY_TOPIC) {
      pool.modify.push(decodeModify(log))
      modifyLogs.push(log)
    } else pool.price.push(decodePrice(log))
  }
  const cacheKey = `${chainId}:v4-fee-tx:${lower(poolManager)}:${lower(account)}:v1`
  const cached = (await store.get<Record<string, CachedFacts>>(cacheKey)) ?? {}
  const wanted = new Map<Hex, { native: boolean; owner: Address }>()
  for (const position of positions) {
    const pool = byPool.get(lower(position.poolId) as Hex)
    const native = BigInt(position.currency0) === 0n || BigInt(position.currency1) === 0n
    const transfers = ownerTransfers.get(position.tokenId) ?? []
    // A change from zero liquidity (the mint) pays no fees: its receipt is not needed.
    for (const log of v4PositionModifications(pool?.modify ?? [], v4.positionManager, position.tokenId))
      if (log.liquidityBefore !== 0n)
        wanted.set(log.transactionHash, {
          native: (wanted.get(log.transactionHash)?.native ?? false) || native,
          owner: v4OwnerAt(transfers, log, account),
        })
  }
  const missing = [...wanted].filter(([hash]) => !(hash in cached))
  const read = await Promise.allSettled(
    missing.map(([hash, { native, owner }]) =>
      readTransactionFacts(client, hash, owner, poolManager, native),
    ),
  )
  // A native side whose past balance could not be read is used for this load, not cached: it may answer later.
  const uncached: Record<string, CachedFacts> = {}
  missing.forEach(([hash, { native }], index) => {
    const outcome = read[index]
    if (outcome?.status !== 'fulfilled') return
    if (native && outcome.value.nativeNetWei === null) uncached[hash] = outcome.value
    else cached[hash] = outcome.value
  })
  if (read.some((outcome) => outcome.status === 'fulfilled')) await store.set(cacheKey, cached)
  const transactions = new Map<Hex, V4TransactionFacts>()
  for (const [hash, facts] of Object.entries({ ...cached, ...uncached }))
    transactions.set(hash as Hex, {
      transfers: facts.transfers.map(
        (t): V4TokenTransfer => ({ token: t.token, from: t.from, to: t.to, amountWei: BigInt(t.amountWei) }),
      ),
      modifyLiquidityCount: facts.modifyLiquidityCount,
      swapCount: facts.swapCount,
      nativeNetWei: facts.nativeNetWei === null ? null : BigInt(facts.nativeNetWei),
      nativeNote: facts.nativeNote,
    })
  const events = new Map<bigint, V4FeeEvent[]>()
  for (const position of positions) {
    const pool = byPool.get(lower(position.poolId) as Hex)
    events.set(
      position.tokenId,
      v4FeeHistory({
        tokenId: position.tokenId,
        owner: account,
        positionManager: v4.positionManager,
        currency0: position.currency0,
        currency1: position.currency1,
        hookMayAlterAmounts: position.hookMayAlterAmounts,
        ownerTransfers: ownerTransfers.get(position.tokenId) ?? [],
        modifications: pool?.modify ?? [],
        prices: pool?.price ?? [],
        transactions,
      }),
    )
  }
  return { events, logs: modifyLogs }
}
