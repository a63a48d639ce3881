import { type Address, getAddress, type PublicClient } from 'viem'
import { getBlock } from 'viem/actions'
import { mergeV3Incentives } from '../../domain/catalogue/mergeV3Incentives.ts'
import type { ChainCatalogue, TokenInfo, V3IncentiveInfo } from '../../domain/catalogue/types.ts'
import { v3IncentiveRewardRate } from '../../domain/figures/farmRewardApr.ts'
import { poolVolumeUsd, type SwapWindowTotals, swapPaidInV3 } from '../../domain/figures/poolVolume.ts'
import { wholeTokens } from '../../domain/figures/wholeTokens.ts'
import { NotAPoolError } from '../../domain/pools/NotAPoolError.ts'
import {
  computeUsdPriceRatios,
  type PricingPoolState,
  ratioToUsdPerToken,
} from '../../domain/pricing/computeUsdPrices.ts'
import { type PriceObservation, realizedVolatility } from '../../domain/projection/realizedVolatility.ts'
import type {
  PoolSnapshot,
  PoolState,
  PoolSwapFigures,
  RewardProgram,
  SnapshotToken,
} from '../../domain/projection/types.ts'
import { isqrt, sqrtPriceX96ToPrice } from '../../math/index.ts'
import { multicall3Abi } from '../abi/multicall3Abi.ts'
import { type BatchResult, call } from '../batch/batchCall.ts'
import { zipResults } from '../batch/batchResult.ts'
import { readBatch } from '../batch/readBatch.ts'
import { fetchLogsCached } from '../history/fetchLogsCached.ts'
import { createMemoryLogStore, type LogStore } from '../history/logStore.ts'
import { stakingRewardsStateCalls, toStakingRewardsState } from '../readers/readFarmStates.ts'
import { v2PairStateCalls, v3PoolImmutablesCalls, v3PoolStateCalls } from '../readers/readPoolStates.ts'
import { stakerIncentiveCall } from '../readers/readPositionStates.ts'
import { readPopulatedTicks, tickWordsAround } from '../readers/readTicks.ts'
import { type TokenMetadataResults, tokenMetadataCalls } from '../readers/readTokenMetadata.ts'
import { decodeV2PairEvents, V2_SWAP_SYNC_TOPICS } from './decodePoolEvents.ts'
import { findSwapWindow } from './findSwapWindow.ts'
import { readV3PoolEvents } from './readV3PoolEvents.ts'
import { BOUNDED_HISTORY_DAYS } from './resolveHistoryWindow.ts'

/** Where to read: the pool, the chain's catalogue (tokens, pools for USD routes, farms) and helpers. */
export type ReadPoolSnapshotParameters = {
  pool: Address
  catalogue: ChainCatalogue
  /** Checked between rounds. */
  signal?: AbortSignal | undefined
  /**
   * The log cache the Swap scan reads through (the app's: shared with the backtest's scan of the same
   * pool, so the simulator's backtest only asks for new blocks). Default: a fresh in-memory store.
   */
  store?: LogStore | undefined
  /**
   * V3 staker incentives found from the staker's IncentiveCreated logs (public chains track none in the
   * catalogue): merged with the catalogue's, by id, before the pool's incentive is picked.
   */
  incentives?: readonly V3IncentiveInfo[] | undefined
}

/** A figure the snapshot needs could not be read: the simulator shows the pool unavailable, never a 0. */
export class PoolSnapshotUnavailableError extends Error {
  override name = 'PoolSnapshotUnavailableError'
  constructor(pool: Address, what: string, reason: string) {
    super(`${what} of pool ${pool} is unavailable (${reason})`)
  }
}

const DAY = 86_400
/**
 * History scanned for volume and volatility where the chain's whole history is affordable (the devnet),
 * in blocks. Elsewhere the scan covers the last {@link BOUNDED_HISTORY_DAYS} days of chain time, found from
 * block timestamps: a block count means a different time on every chain (50,000 blocks are 7 days on
 * Ethereum, 3.5 h on Arbitrum).
 */
const LOOKBACK_BLOCKS = 50_000n
/** Half-width of the liquidity histogram's tick window (≈ ×3 in price each way). */
const HISTOGRAM_HALF_WIDTH_TICKS = 11_000
const MAX_WORDS_EACH_SIDE = 25

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/**
 * A pool's current state, no log: one batch for the pool's state, the USD routes of its tokens, its farm
 * and (for a listed pool) its tokens' decimals; one more for an unlisted pool's unknown tokens; TickLens
 * words around the price. All at one block; chain time from that block (not the wall clock). Decimals are
 * read from the chain (or the catalogue), never assumed. On a public chain this is 3–4 requests, where the
 * swap figures (readPoolSwapFigures) need a log scan over days of blocks: pages show the state first.
 * @throws NotAPoolError when the address answers neither as a V3 pool nor as a V2 pair
 * @throws PoolSnapshotUnavailableError when a figure the projection needs failed to read
 */
export async function readPoolState(
  client: PublicClient,
  { pool, catalogue, signal, incentives = [] }: Omit<ReadPoolSnapshotParameters, 'store'>,
): Promise<PoolState> {
  const blockNumber = await client.getBlockNumber({ cacheTime: 0 })
  const { multicall3 } = catalogue.contracts
  const tokenInfo = (address: Address): TokenInfo | undefined =>
    catalogue.tokens.find((token) => same(token.address, address))
  const unavailable = (what: string, result: { ok: false; error: string }) =>
    new PoolSnapshotUnavailableError(pool, what, result.error)
  const required = <value>(what: string, result: BatchResult<value>): value => {
    if (!result.ok) throw unavailable(what, result)
    return result.value
  }

  const listed =
    catalogue.v3Pools.find((entry) => same(entry.address, pool)) ??
    catalogue.v2Pairs.find((entry) => same(entry.address, pool))
  const routeV3 = catalogue.v3Pools.filter((candidate) => !same(candidate.address, pool))
  const routeV2 = catalogue.v2Pairs.filter((candidate) => !same(candidate.address, pool))
  // Incentives are read from the chain's V3 staker (none where the catalogue has no staker).
  const staker = catalogue.contracts.v3Staker
  const incentive = staker
    ? mergeV3Incentives(catalogue.v3Incentives, incentives)
        .filter((entry) => same(entry.pool, pool))
        .sort((a, b) => b.endTime - a.endTime)[0]
    : undefined
  const farm = catalogue.stakingRewards.find((entry) => same(entry.stakingToken, pool))
  const rewardTokenAddress = incentive?.rewardToken ?? farm?.rewardsToken
  // Tokens known before the first round (a listed pool's, the reward token): decimals read in it.
  const upfrontTokens = [
    ...(listed ? [listed.token0, listed.token1] : []),
    ...(rewardTokenAddress ? [rewardTokenAddress] : []),
  ]

  const round1 = await readBatch(client, {
    multicall3,
    blockNumber,
    signal,
    calls: {
      time: call(multicall3, multicall3Abi, 'getCurrentBlockTimestamp', []),
      // token0()/token1() have the same selectors on V3 pools and V2 pairs.
      immutables: v3PoolImmutablesCalls(pool),
      slot0: v3PoolStateCalls(pool).slot0,
      liquidity: v3PoolStateCalls(pool).liquidity,
      pair: v2PairStateCalls(pool),
      // USD routes: every listed pool's price and depth.
      routesV3: routeV3.map((candidate) => ({
        slot0: v3PoolStateCalls(candidate.address).slot0,
        liquidity: v3PoolStateCalls(candidate.address).liquidity,
      })),
      routesV2: routeV2.map((candidate) => v2PairStateCalls(candidate.address).reserves),
      incentive: incentive && staker ? [stakerIncentiveCall(staker, incentive.incentiveId)] : [],
      farm: farm ? [stakingRewardsStateCalls(farm.address)] : [],
      tokens: upfrontTokens.map((token) => tokenMetadataCalls(token)),
    },
  })
  const token0Address = round1.immutables.token0.ok ? round1.immutables.token0.value : undefined
  const token1Address = round1.immutables.token1.ok ? round1.immutables.token1.value : undefined
  const slot0 = round1.slot0.ok ? round1.slot0.value : undefined
  const reserves = round1.pair.reserves.ok ? round1.pair.reserves.value : undefined
  if (!token0Address || !token1Address || (!slot0 && !reserves)) throw new NotAPoolError(pool)
  const kind: 'v3' | 'v2' = slot0 ? 'v3' : 'v2'
  const timestamp = Number(required('the block time', round1.time))

  // Token metadata: read on chain; an unlisted pool's tokens the catalogue lacks in one more batch.
  const metadata = new Map<string, TokenMetadataResults>()
  for (const [token, read] of zipResults(upfrontTokens, round1.tokens))
    metadata.set(token.toLowerCase(), read)
  const missing = [token0Address, token1Address].filter(
    (address) => !metadata.has(address.toLowerCase()) && !tokenInfo(address),
  )
  if (missing.length > 0) {
    const round2 = await readBatch(client, {
      multicall3,
      blockNumber,
      signal,
      calls: missing.map((token) => tokenMetadataCalls(token)),
    })
    for (const [token, read] of zipResults(missing, round2)) metadata.set(token.toLowerCase(), read)
  }
  const meta = (address: Address): { symbol: string; decimals: number } => {
    const known = tokenInfo(address)
    const read = metadata.get(address.toLowerCase())
    if (!read) {
      if (!known) throw new PoolSnapshotUnavailableError(pool, `metadata of ${address}`, 'not read')
      return { symbol: known.symbol, decimals: known.decimals }
    }
    const decimals = required(`decimals() of token ${address}`, read.decimals)
    const symbol = known?.symbol ?? (read.symbol.ok && read.symbol.value ? read.symbol.value : undefined)
    return { symbol: symbol ?? `${address.slice(0, 6)}…`, decimals }
  }

  let sqrtPriceX96: bigint
  let liquidity: bigint
  if (slot0) {
    sqrtPriceX96 = slot0.sqrtPriceX96
    liquidity = required('liquidity()', round1.liquidity)
  } else {
    const pair = reserves as { reserve0: bigint; reserve1: bigint }
    sqrtPriceX96 = sqrtPriceFromReserves(pair.reserve0, pair.reserve1)
    liquidity = isqrt(pair.reserve0 * pair.reserve1)
  }
  // USD prices by THE route search (src/domain/pricing), exact until the last step, over this pool and
  // every listed pool: the same pools and the same block state the pools list prices from. A route
  // whose state failed to read is no route (never a zero-depth one).
  const pricing: PricingPoolState[] = []
  if (slot0)
    pricing.push({
      kind: 'v3',
      address: pool,
      token0: token0Address,
      token1: token1Address,
      sqrtPriceX96,
      liquidity,
    })
  else if (reserves)
    pricing.push({
      kind: 'v2',
      address: pool,
      token0: token0Address,
      token1: token1Address,
      reserve0: reserves.reserve0,
      reserve1: reserves.reserve1,
    })
  for (const [candidate, route] of zipResults(routeV3, round1.routesV3))
    if (route.slot0.ok && route.liquidity.ok)
      pricing.push({
        kind: 'v3',
        address: candidate.address,
        token0: candidate.token0,
        token1: candidate.token1,
        sqrtPriceX96: route.slot0.value.sqrtPriceX96,
        liquidity: route.liquidity.value,
      })
  for (const [candidate, route] of zipResults(routeV2, round1.routesV2))
    if (route.ok)
      pricing.push({
        kind: 'v2',
        address: candidate.address,
        token0: candidate.token0,
        token1: candidate.token1,
        reserve0: route.value.reserve0,
        reserve1: route.value.reserve1,
      })
  const usdToken = catalogue.anchors.usdToken
  const usdDecimals = tokenInfo(usdToken)?.decimals ?? meta(usdToken).decimals
  const ratios = computeUsdPriceRatios(usdToken, pricing)
  const priceOf = (address: Address): number | null => {
    const ratio = ratios.get(address.toLowerCase())
    return ratio ? ratioToUsdPerToken(ratio, meta(address).decimals, usdDecimals) : null
  }
  const token = (address: Address): SnapshotToken => ({
    address: getAddress(address),
    ...meta(address),
    priceUsd: priceOf(address),
  })
  const token0 = token(token0Address)
  const token1 = token(token1Address)
  // Gas is paid in the native token (18 decimals on every EVM chain): priced as its wrapped token.
  const nativePriceUsd = (): number | null => {
    const ratio = ratios.get(catalogue.anchors.wrappedNative.toLowerCase())
    return ratio ? ratioToUsdPerToken(ratio, 18, usdDecimals) : null
  }

  const feePips = slot0 ? required('fee()', round1.immutables.fee) : 3000
  const tickSpacing = slot0 ? required('tickSpacing()', round1.immutables.tickSpacing) : 1
  const tick = slot0 ? slot0.tick : tickFromSqrtPrice(sqrtPriceX96)
  const feeProtocol0 = slot0 ? slot0.feeProtocol % 16 : 0
  const v2TotalSupplyWei = slot0 ? undefined : required('totalSupply()', round1.pair.totalSupply)

  const ticks =
    kind === 'v3'
      ? required(
          'the initialized ticks',
          await readPopulatedTicks(client, {
            multicall3,
            tickLens: catalogue.contracts.tickLens,
            pool,
            words: tickWordsAround(tick, tickSpacing, HISTOGRAM_HALF_WIDTH_TICKS, MAX_WORDS_EACH_SIDE),
            blockNumber,
            signal,
          }),
        )
      : []
  signal?.throwIfAborted()

  let reward: RewardProgram | null = null
  if (incentive && rewardTokenAddress) {
    const rewardToken = token(rewardTokenAddress)
    const [unclaimed] = round1.incentive
    if (!unclaimed?.ok)
      throw new PoolSnapshotUnavailableError(pool, 'the incentive state', unclaimed?.error ?? 'not read')
    // The staker's payout rule (what the pools list's farm APR uses too), not the initial budget.
    const rateWei = v3IncentiveRewardRate({
      totalRewardUnclaimedWei: unclaimed.value.totalRewardUnclaimed,
      totalSecondsClaimedX128: unclaimed.value.totalSecondsClaimedX128,
      startTime: incentive.startTime,
      endTime: incentive.endTime,
      nowTimestamp: timestamp,
    })
    reward = {
      kind: 'v3-staker',
      token: rewardToken,
      ratePerSecond: wholeTokens(rateWei, rewardToken.decimals),
      periodEnd: incentive.endTime,
    }
  } else if (farm && rewardTokenAddress) {
    const rewardToken = token(rewardTokenAddress)
    const [farmResults] = round1.farm
    const farmState = required(
      'the farm state',
      farmResults ? toStakingRewardsState(farmResults) : { ok: false, error: 'not read' },
    )
    reward = {
      kind: 'staking-rewards',
      token: rewardToken,
      ratePerSecond: Number(farmState.rewardRate) / 10 ** rewardToken.decimals,
      periodEnd: Number(farmState.periodFinish),
      totalStakedWei: farmState.totalSupply,
    }
  }

  return {
    kind,
    address: getAddress(pool),
    token0,
    token1,
    feePips,
    protocolFeeShare: feeProtocol0 > 0 ? 1 / feeProtocol0 : 0,
    tickSpacing,
    sqrtPriceX96,
    tick,
    liquidity,
    ...(v2TotalSupplyWei === undefined || !reserves
      ? {}
      : { v2TotalSupplyWei, v2ReservesWei: [reserves.reserve0, reserves.reserve1] as const }),
    ticks: ticks.map(({ tick: at, liquidityNet }) => ({ tick: at, liquidityNet })),
    blockNumber,
    timestamp,
    reward,
    nativePriceUsd: nativePriceUsd(),
  }
}

/**
 * A pool's swap figures up to its state's block: Swap (and V2 Sync) logs for volume and realized
 * volatility, through the log cache (fetchLogsCached: the range adapts to the provider's eth_getLogs
 * limit), over the last {@link BOUNDED_HISTORY_DAYS} days of chain time where the whole history is not
 * scanned (public chains), else the last {@link LOOKBACK_BLOCKS} blocks. Volume in USD at the state's prices.
 */
export async function readPoolSwapFigures(
  client: PublicClient,
  {
    state,
    catalogue,
    signal,
    store = createMemoryLogStore(),
  }: {
    state: PoolState
    catalogue: ChainCatalogue
    signal?: AbortSignal | undefined
    store?: LogStore | undefined
  },
): Promise<PoolSwapFigures> {
  const { blockNumber, timestamp, token0, token1 } = state
  const history = await readHistory(client, {
    chainId: catalogue.chainId,
    pool: state.address,
    kind: state.kind,
    window: catalogue.fullHistory
      ? {
          kind: 'blocks',
          fromBlock: maxBigint(BigInt(catalogue.startBlock), blockNumber - LOOKBACK_BLOCKS),
        }
      : { kind: 'days', days: BOUNDED_HISTORY_DAYS, floor: BigInt(catalogue.startBlock) },
    head: { number: blockNumber, timestamp },
    decimals0: token0.decimals,
    decimals1: token1.decimals,
    store,
    signal,
  })
  signal?.throwIfAborted()
  // Volume by THE definition (src/domain/figures/poolVolume.ts): what traders paid in, at today's prices.
  const volumeUsd = (since: number): number | null => {
    const totals: SwapWindowTotals = {
      count: 0,
      amount0InWei: 0n,
      amount1InWei: 0n,
      amount0MovedWei: 0n,
      amount1MovedWei: 0n,
    }
    for (const swap of history.swaps)
      if (swap.timestamp > since) {
        totals.count++
        totals.amount0InWei += swap.in0Wei
        totals.amount1InWei += swap.in1Wei
        totals.amount0MovedWei += swap.moved0Wei
        totals.amount1MovedWei += swap.moved1Wei
      }
    return poolVolumeUsd({
      totals,
      decimals0: token0.decimals,
      decimals1: token1.decimals,
      price0Usd: token0.priceUsd,
      price1Usd: token1.priceUsd,
    })
  }
  const firstSeen = history.startTimestamp ?? history.swaps[0]?.timestamp ?? timestamp
  return {
    volumeUsd24h: volumeUsd(timestamp - DAY),
    volumeUsd7d: volumeUsd(timestamp - 7 * DAY),
    volumeWindowSeconds: Math.max(0, Math.min(7 * DAY, timestamp - firstSeen)),
    realizedVolatility: realizedVolatility(history.prices),
    swapCount: history.swaps.length,
  }
}

/**
 * Reads everything the simulator projects from, at one block: the pool's state (readPoolState) and its
 * swap figures (readPoolSwapFigures).
 * @throws NotAPoolError when the address answers neither as a V3 pool nor as a V2 pair
 * @throws PoolSnapshotUnavailableError when a figure the projection needs failed to read
 */
export async function readPoolSnapshot(
  client: PublicClient,
  parameters: ReadPoolSnapshotParameters,
): Promise<PoolSnapshot> {
  const { store, ...stateParameters } = parameters
  const state = await readPoolState(client, stateParameters)
  const figures = await readPoolSwapFigures(client, {
    state,
    catalogue: parameters.catalogue,
    signal: parameters.signal,
    store,
  })
  return { ...state, ...figures }
}

function maxBigint(a: bigint, b: bigint): bigint {
  return a > b ? a : b
}

/** √(reserve1/reserve0)·2^96: a V2 pair's price in V3 terms. */
function sqrtPriceFromReserves(reserve0: bigint, reserve1: bigint): bigint {
  if (reserve0 === 0n || reserve1 === 0n) return 0n
  return isqrt((reserve1 << 192n) / reserve0)
}

function tickFromSqrtPrice(sqrtPriceX96: bigint): number {
  if (sqrtPriceX96 === 0n) return 0
  const sqrtPrice = Number(sqrtPriceX96) / 2 ** 96
  return Math.floor(Math.log(sqrtPrice * sqrtPrice) / Math.log(1.0001))
}

/** A swap's amounts paid in and moved (in + out) per token, exact wei, and its time. */
type SwapVolume = { timestamp: number; in0Wei: bigint; in1Wei: bigint; moved0Wei: bigint; moved1Wei: bigint }

/**
 * Swap (and V2 Sync) logs over the window → volumes and the price path. V3 pools through the pool-event
 * scan the backtest reads (one cache entry per pool), V2 pairs through their own Swap/Sync entry.
 */
async function readHistory(
  client: PublicClient,
  parameters: {
    chainId: number
    pool: Address
    kind: 'v3' | 'v2'
    window: { kind: 'blocks'; fromBlock: bigint } | { kind: 'days'; days: number; floor: bigint }
    head: { number: bigint; timestamp: number }
    decimals0: number
    decimals1: number
    store: LogStore
    signal: AbortSignal | undefined
  },
): Promise<{ swaps: SwapVolume[]; prices: PriceObservation[]; startTimestamp: number | undefined }> {
  const { chainId, pool, kind, head, decimals0, decimals1, store, signal } = parameters
  const toBlock = head.number
  let fromBlock: bigint
  let startTimestamp: number
  if (parameters.window.kind === 'days') {
    const window = await findSwapWindow(client, {
      head,
      seconds: parameters.window.days * DAY,
      floor: parameters.window.floor,
    })
    fromBlock = window.fromBlock
    startTimestamp = window.fromTimestamp
  } else {
    fromBlock = parameters.window.fromBlock
    startTimestamp =
      fromBlock === toBlock
        ? head.timestamp
        : Number((await getBlock(client, { blockNumber: fromBlock })).timestamp)
  }
  signal?.throwIfAborted()
  const swaps: SwapVolume[] = []
  const prices: PriceObservation[] = []
  if (kind === 'v3') {
    const events = await readV3PoolEvents(client, { chainId, pool, fromBlock, toBlock, store })
    for (const event of events) {
      if (event.kind !== 'swap') continue
      const timestamp = event.timestamp ?? interpolate(event.blockNumber)
      const [in0Wei, in1Wei] = swapPaidInV3(event.amount0Wei, event.amount1Wei)
      swaps.push({
        timestamp,
        in0Wei,
        in1Wei,
        moved0Wei: event.amount0Wei < 0n ? -event.amount0Wei : event.amount0Wei,
        moved1Wei: event.amount1Wei < 0n ? -event.amount1Wei : event.amount1Wei,
      })
      if (event.sqrtPriceX96 > 0n)
        prices.push({ timestamp, price: sqrtPriceX96ToPrice(event.sqrtPriceX96, decimals0, decimals1) })
    }
    return { swaps, prices, startTimestamp }
  }
  const logs = await fetchLogsCached(client, {
    store,
    cacheKey: `${chainId}:v2pair:${pool.toLowerCase()}:swap-sync:v1`,
    address: pool,
    topics: [V2_SWAP_SYNC_TOPICS],
    fromBlock,
    toBlock,
    signal,
  })
  const scale0 = 10 ** decimals0
  const scale1 = 10 ** decimals1
  const inWindow = logs.filter((log) => log.blockNumber >= fromBlock && log.blockNumber <= toBlock)
  for (const event of decodeV2PairEvents(inWindow)) {
    const timestamp = event.timestamp ?? interpolate(event.blockNumber)
    if (event.kind === 'swap')
      swaps.push({
        timestamp,
        in0Wei: event.amount0InWei,
        in1Wei: event.amount1InWei,
        moved0Wei: event.amount0InWei + event.amount0OutWei,
        moved1Wei: event.amount1InWei + event.amount1OutWei,
      })
    else if (event.reserve0Wei > 0n && event.reserve1Wei > 0n)
      prices.push({
        timestamp,
        price: Number(event.reserve1Wei) / scale1 / (Number(event.reserve0Wei) / scale0),
      })
  }
  return { swaps, prices, startTimestamp }

  /** A log without its block's time (a node that does not send it): interpolated between the scan's ends. */
  function interpolate(blockNumber: bigint): number {
    const span = Number(toBlock - fromBlock) || 1
    return startTimestamp + ((head.timestamp - startTimestamp) * Number(blockNumber - fromBlock)) / span
  }
}
