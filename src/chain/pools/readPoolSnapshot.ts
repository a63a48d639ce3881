import {
  type Address,
  BaseError,
  type ContractFunctionParameters,
  getAddress,
  HttpRequestError,
  type Log,
  type PublicClient,
  parseEventLogs,
  RpcError,
  RpcRequestError,
  TimeoutError,
} from 'viem'
import type { ChainCatalogue, TokenInfo } from '../../domain/catalogue/types.ts'
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
  PopulatedTick,
  RewardProgram,
  SnapshotToken,
} from '../../domain/projection/types.ts'
import { isqrt, sqrtPriceX96ToPrice } from '../../math/index.ts'
import {
  erc20MetadataAbi,
  multicallTimeAbi,
  stakingRewardsAbi,
  tickLensAbi,
  v2PairAbi,
  v3PoolAbi,
  v3StakerAbi,
} from './simulatorAbis.ts'

/** Where to read: the pool, the chain's catalogue (tokens, pools for USD routes, farms) and helpers. */
export type ReadPoolSnapshotParameters = {
  pool: Address
  catalogue: ChainCatalogue
}

type CallResult = { status: 'success'; result: unknown } | { status: 'failure'; error: unknown }

const DAY = 86_400
/** History scanned for volume and volatility, in blocks; split into bounded getLogs ranges. */
const LOOKBACK_BLOCKS = 50_000n
const LOGS_CHUNK_BLOCKS = 10_000n
/** Half-width of the liquidity histogram's tick window (≈ ×3 in price each way). */
const HISTOGRAM_HALF_WIDTH_TICKS = 11_000
const MAX_WORDS_EACH_SIDE = 25

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** A batch of contract reads in ONE multicall at one block; results in call order. */
async function multicall(
  client: PublicClient,
  contracts: ContractFunctionParameters[],
  blockNumber: bigint,
): Promise<CallResult[]> {
  if (contracts.length === 0) return []
  const results = (await client.multicall({ contracts, allowFailure: true, blockNumber })) as CallResult[]
  // viem folds a failed RPC request into per-call failures: rethrow it, so an outage is an error to
  // retry, not a pool that "answers nothing" (NotAPoolError).
  const rpcFailure = results.find((r) => r.status === 'failure' && isRequestFailure(r.error))
  if (rpcFailure?.status === 'failure') throw rpcFailure.error
  return results
}

/** The request itself failed (HTTP, timeout, JSON-RPC error), as opposed to a call the contract rejected. */
function isRequestFailure(error: unknown): boolean {
  return (
    error instanceof BaseError &&
    error.walk(
      (e) =>
        e instanceof HttpRequestError ||
        e instanceof TimeoutError ||
        e instanceof RpcRequestError ||
        e instanceof RpcError,
    ) !== null
  )
}

function value<T>(result: CallResult | undefined): T | undefined {
  return result?.status === 'success' ? (result.result as T) : undefined
}

/**
 * Reads everything the simulator projects from: one multicall for the pool's state, the USD routes of its
 * tokens and its farm; TickLens words around the price; Swap (and V2 Sync) logs in bounded block ranges for
 * volume and realized volatility. All at one block; chain time from that block (not the wall clock).
 * @throws NotAPoolError when the address answers neither as a V3 pool nor as a V2 pair
 */
export async function readPoolSnapshot(
  client: PublicClient,
  { pool, catalogue }: ReadPoolSnapshotParameters,
): Promise<PoolSnapshot> {
  const blockNumber = await client.getBlockNumber({ cacheTime: 0 })
  const tokenInfo = (address: Address): TokenInfo | undefined =>
    catalogue.tokens.find((token) => same(token.address, address))

  const calls: ContractFunctionParameters[] = []
  const add = (call: ContractFunctionParameters) => calls.push(call) - 1
  const at = {
    slot0: add({ address: pool, abi: v3PoolAbi, functionName: 'slot0' }),
    liquidity: add({ address: pool, abi: v3PoolAbi, functionName: 'liquidity' }),
    fee: add({ address: pool, abi: v3PoolAbi, functionName: 'fee' }),
    tickSpacing: add({ address: pool, abi: v3PoolAbi, functionName: 'tickSpacing' }),
    token0: add({ address: pool, abi: v3PoolAbi, functionName: 'token0' }),
    token1: add({ address: pool, abi: v3PoolAbi, functionName: 'token1' }),
    reserves: add({ address: pool, abi: v2PairAbi, functionName: 'getReserves' }),
    totalSupply: add({ address: pool, abi: v2PairAbi, functionName: 'totalSupply' }),
    time: add({
      address: catalogue.contracts.multicall3,
      abi: multicallTimeAbi,
      functionName: 'getCurrentBlockTimestamp',
    }),
  }
  // USD routes: every listed pool's price and depth, in the same multicall.
  const routeV3 = catalogue.v3Pools
    .filter((candidate) => !same(candidate.address, pool))
    .map((candidate) => ({
      candidate,
      slot0: add({ address: candidate.address, abi: v3PoolAbi, functionName: 'slot0' }),
      liquidity: add({ address: candidate.address, abi: v3PoolAbi, functionName: 'liquidity' }),
    }))
  const routeV2 = catalogue.v2Pairs
    .filter((candidate) => !same(candidate.address, pool))
    .map((candidate) => ({
      candidate,
      reserves: add({ address: candidate.address, abi: v2PairAbi, functionName: 'getReserves' }),
    }))
  // Incentives are read from the chain's V3 staker (none where the catalogue has no staker).
  const staker = catalogue.contracts.v3Staker
  const incentive = staker
    ? catalogue.v3Incentives
        .filter((entry) => same(entry.pool, pool))
        .sort((a, b) => b.endTime - a.endTime)[0]
    : undefined
  const incentiveAt =
    incentive && staker
      ? add({
          address: staker,
          abi: v3StakerAbi,
          functionName: 'incentives',
          args: [incentive.incentiveId],
        })
      : undefined
  const farm = catalogue.stakingRewards.find((entry) => same(entry.stakingToken, pool))
  const farmAt = farm
    ? {
        rewardRate: add({ address: farm.address, abi: stakingRewardsAbi, functionName: 'rewardRate' }),
        periodFinish: add({ address: farm.address, abi: stakingRewardsAbi, functionName: 'periodFinish' }),
        totalSupply: add({ address: farm.address, abi: stakingRewardsAbi, functionName: 'totalSupply' }),
      }
    : undefined

  const results = await multicall(client, calls, blockNumber)
  const token0Address = value<Address>(results[at.token0])
  const token1Address = value<Address>(results[at.token1])
  const slot0 = value<readonly [bigint, number, number, number, number, number, boolean]>(results[at.slot0])
  const reserves = value<readonly [bigint, bigint, number]>(results[at.reserves])
  if (!token0Address || !token1Address || (!slot0 && !reserves)) throw new NotAPoolError(pool)
  const kind: 'v3' | 'v2' = slot0 ? 'v3' : 'v2'
  const timestamp = Number(value<bigint>(results[at.time]) ?? 0n)

  // Token metadata: from the catalogue, else one more multicall for the unknown ones.
  const rewardTokenAddress = incentive?.rewardToken ?? farm?.rewardsToken
  const needed = [token0Address, token1Address, ...(rewardTokenAddress ? [rewardTokenAddress] : [])]
  const unknown = needed.filter((address) => !tokenInfo(address))
  const metadata = await multicall(
    client,
    unknown.flatMap((address) => [
      { address, abi: erc20MetadataAbi, functionName: 'symbol' },
      { address, abi: erc20MetadataAbi, functionName: 'decimals' },
    ]),
    blockNumber,
  )
  const meta = (address: Address): { symbol: string; decimals: number } => {
    const known = tokenInfo(address)
    if (known) return { symbol: known.symbol, decimals: known.decimals }
    const index = unknown.findIndex((candidate) => same(candidate, address))
    return {
      symbol: value<string>(metadata[2 * index]) ?? `${address.slice(0, 6)}…`,
      decimals: value<number>(metadata[2 * index + 1]) ?? 18,
    }
  }

  const sqrtPriceX96 = slot0 ? slot0[0] : sqrtPriceFromReserves(reserves as readonly [bigint, bigint, number])
  const liquidity = slot0
    ? (value<bigint>(results[at.liquidity]) ?? 0n)
    : isqrt(
        (reserves as readonly [bigint, bigint, number])[0] *
          (reserves as readonly [bigint, bigint, number])[1],
      )
  // USD prices by THE route search (src/domain/pricing), exact until the last step, over this pool and
  // every listed pool: the same pools and the same block state the pools list prices from.
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
      reserve0: reserves[0],
      reserve1: reserves[1],
    })
  for (const route of routeV3) {
    const routeSlot0 = value<readonly [bigint]>(results[route.slot0])
    const routeLiquidity = value<bigint>(results[route.liquidity])
    if (routeSlot0 && routeLiquidity !== undefined)
      pricing.push({ kind: 'v3', ...route.candidate, sqrtPriceX96: routeSlot0[0], liquidity: routeLiquidity })
  }
  for (const route of routeV2) {
    const routeReserves = value<readonly [bigint, bigint, number]>(results[route.reserves])
    if (routeReserves)
      pricing.push({ kind: 'v2', ...route.candidate, reserve0: routeReserves[0], reserve1: routeReserves[1] })
  }
  const usdDecimals = tokenInfo(catalogue.anchors.usdToken)?.decimals ?? 6
  const ratios = computeUsdPriceRatios(catalogue.anchors.usdToken, pricing)
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

  const feePips = slot0 ? Number(value<number>(results[at.fee]) ?? 3000) : 3000
  const tickSpacing = slot0 ? Number(value<number>(results[at.tickSpacing]) ?? 60) : 1
  const tick = slot0 ? slot0[1] : tickFromSqrtPrice(sqrtPriceX96)
  const feeProtocol0 = slot0 ? slot0[5] % 16 : 0

  const [ticks, history] = await Promise.all([
    kind === 'v3'
      ? readTicks(client, catalogue.contracts.tickLens, pool, tick, tickSpacing, blockNumber)
      : Promise.resolve([]),
    readHistory(client, {
      pool,
      kind,
      fromBlock: maxBigint(BigInt(catalogue.startBlock), blockNumber - LOOKBACK_BLOCKS),
      toBlock: blockNumber,
      decimals0: token0.decimals,
      decimals1: token1.decimals,
    }),
  ])

  let reward: RewardProgram | null = null
  if (incentive && rewardTokenAddress) {
    const rewardToken = token(rewardTokenAddress)
    const state = value<readonly [bigint, bigint, bigint]>(
      incentiveAt === undefined ? undefined : results[incentiveAt],
    )
    // The staker's payout rule (what the pools list's farm APR uses too), not the initial budget.
    const rateWei = state
      ? v3IncentiveRewardRate({
          totalRewardUnclaimedWei: state[0],
          totalSecondsClaimedX128: state[1],
          startTime: incentive.startTime,
          endTime: incentive.endTime,
          nowTimestamp: timestamp,
        })
      : 0n
    reward = {
      kind: 'v3-staker',
      token: rewardToken,
      ratePerSecond: wholeTokens(rateWei, rewardToken.decimals),
      periodEnd: incentive.endTime,
    }
  } else if (farm && farmAt && rewardTokenAddress) {
    const rewardToken = token(rewardTokenAddress)
    reward = {
      kind: 'staking-rewards',
      token: rewardToken,
      ratePerSecond: Number(value<bigint>(results[farmAt.rewardRate]) ?? 0n) / 10 ** rewardToken.decimals,
      periodEnd: Number(value<bigint>(results[farmAt.periodFinish]) ?? 0n),
      totalStakedWei: value<bigint>(results[farmAt.totalSupply]) ?? 0n,
    }
  }

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
    ...(kind === 'v2' && reserves
      ? {
          v2TotalSupplyWei: value<bigint>(results[at.totalSupply]) ?? 0n,
          v2ReservesWei: [reserves[0], reserves[1]] as const,
        }
      : {}),
    ticks,
    volumeUsd24h: volumeUsd(timestamp - DAY),
    volumeUsd7d: volumeUsd(timestamp - 7 * DAY),
    volumeWindowSeconds: Math.max(0, Math.min(7 * DAY, timestamp - firstSeen)),
    realizedVolatility: realizedVolatility(history.prices),
    swapCount: history.swaps.length,
    blockNumber,
    timestamp,
    reward,
  }
}

function maxBigint(a: bigint, b: bigint): bigint {
  return a > b ? a : b
}

/** √(reserve1/reserve0)·2^96: a V2 pair's price in V3 terms. */
function sqrtPriceFromReserves(reserves: readonly [bigint, bigint, number]): bigint {
  if (reserves[0] === 0n || reserves[1] === 0n) return 0n
  return isqrt((reserves[1] << 192n) / reserves[0])
}

function tickFromSqrtPrice(sqrtPriceX96: bigint): number {
  if (sqrtPriceX96 === 0n) return 0
  const sqrtPrice = Number(sqrtPriceX96) / 2 ** 96
  return Math.floor(Math.log(sqrtPrice * sqrtPrice) / Math.log(1.0001))
}

/** Initialized ticks in the bitmap words around the current tick: one multicall of TickLens reads. */
async function readTicks(
  client: PublicClient,
  tickLens: Address,
  pool: Address,
  tick: number,
  tickSpacing: number,
  blockNumber: bigint,
): Promise<PopulatedTick[]> {
  const word = Math.floor(tick / tickSpacing) >> 8
  const span = Math.min(MAX_WORDS_EACH_SIDE, Math.ceil(HISTOGRAM_HALF_WIDTH_TICKS / (tickSpacing * 256)))
  const calls: ContractFunctionParameters[] = []
  for (let index = word - span; index <= word + span; index++)
    if (index >= -32768 && index <= 32767)
      calls.push({
        address: tickLens,
        abi: tickLensAbi,
        functionName: 'getPopulatedTicksInWord',
        args: [pool, index],
      })
  const results = await multicall(client, calls, blockNumber)
  const ticks: PopulatedTick[] = []
  for (const result of results)
    for (const entry of value<readonly { tick: number; liquidityNet: bigint }[]>(result) ?? [])
      ticks.push({ tick: entry.tick, liquidityNet: entry.liquidityNet })
  return ticks.sort((a, b) => a.tick - b.tick)
}

/** A swap's amounts paid in and moved (in + out) per token, exact wei, and its time. */
type SwapVolume = { timestamp: number; in0Wei: bigint; in1Wei: bigint; moved0Wei: bigint; moved1Wei: bigint }

/** Swap (and V2 Sync) logs in bounded block ranges → volumes and the price path. */
async function readHistory(
  client: PublicClient,
  parameters: {
    pool: Address
    kind: 'v3' | 'v2'
    fromBlock: bigint
    toBlock: bigint
    decimals0: number
    decimals1: number
  },
): Promise<{ swaps: SwapVolume[]; prices: PriceObservation[]; startTimestamp: number | undefined }> {
  const { pool, kind, fromBlock, toBlock, decimals0, decimals1 } = parameters
  const ranges: [bigint, bigint][] = []
  for (let start = fromBlock; start <= toBlock; start += LOGS_CHUNK_BLOCKS)
    ranges.push([start, start + LOGS_CHUNK_BLOCKS - 1n < toBlock ? start + LOGS_CHUNK_BLOCKS - 1n : toBlock])
  const abi = kind === 'v3' ? v3PoolAbi : v2PairAbi
  const [startBlock, ...chunks] = await Promise.all([
    client.getBlock({ blockNumber: fromBlock }),
    ...ranges.map(([from, to]) => client.getLogs({ address: pool, fromBlock: from, toBlock: to })),
  ])
  const rawLogs = chunks.flat() as Log[]
  const logs = parseEventLogs({ abi, logs: rawLogs, strict: false })
  // Log timestamps: from the node when it sends them, else interpolated between the scan's end blocks.
  const endBlock = logs.some((log) => log.blockTimestamp === undefined)
    ? await client.getBlock({ blockNumber: toBlock })
    : undefined
  const timeOf = (log: { blockNumber: bigint | null; blockTimestamp?: unknown }): number => {
    if (typeof log.blockTimestamp === 'bigint') return Number(log.blockTimestamp)
    if (typeof log.blockTimestamp === 'string') return Number(BigInt(log.blockTimestamp))
    const from = Number(startBlock.timestamp)
    const to = Number(endBlock?.timestamp ?? startBlock.timestamp)
    const span = Number(toBlock - fromBlock) || 1
    return from + ((to - from) * Number((log.blockNumber ?? fromBlock) - fromBlock)) / span
  }
  const swaps: SwapVolume[] = []
  const prices: PriceObservation[] = []
  const scale0 = 10 ** decimals0
  const scale1 = 10 ** decimals1
  for (const log of logs) {
    const timestamp = timeOf(log)
    const args = log.args as Record<string, bigint | undefined>
    if (log.eventName === 'Swap' && kind === 'v3') {
      const amount0 = args.amount0 ?? 0n
      const amount1 = args.amount1 ?? 0n
      const [in0Wei, in1Wei] = swapPaidInV3(amount0, amount1)
      swaps.push({
        timestamp,
        in0Wei,
        in1Wei,
        moved0Wei: amount0 < 0n ? -amount0 : amount0,
        moved1Wei: amount1 < 0n ? -amount1 : amount1,
      })
      if (args.sqrtPriceX96 && args.sqrtPriceX96 > 0n)
        prices.push({ timestamp, price: sqrtPriceX96ToPrice(args.sqrtPriceX96, decimals0, decimals1) })
    } else if (log.eventName === 'Swap') {
      swaps.push({
        timestamp,
        in0Wei: args.amount0In ?? 0n,
        in1Wei: args.amount1In ?? 0n,
        moved0Wei: (args.amount0In ?? 0n) + (args.amount0Out ?? 0n),
        moved1Wei: (args.amount1In ?? 0n) + (args.amount1Out ?? 0n),
      })
    } else if (log.eventName === 'Sync' && args.reserve0 && args.reserve1) {
      prices.push({ timestamp, price: Number(args.reserve1) / scale1 / (Number(args.reserve0) / scale0) })
    }
  }
  return { swaps, prices, startTimestamp: Number(startBlock.timestamp) }
}
