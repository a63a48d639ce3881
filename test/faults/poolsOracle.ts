import { type Address, type PublicClient, parseAbi, parseAbiItem } from 'viem'
import type { Deployments } from '../../src/domain/catalogue/types.ts'

// The oracle's own view of the contracts (not the app's ABIs or readers): raw eth_call and getLogs
// on a direct devnet client, and the pools list's figures worked out here from their definitions
// (src/chain/pools/poolsListTypes.ts, buildPoolRows.ts, readRecentSwaps.ts, src/domain/pricing/computeUsdPrices.ts).
const v3PoolAbi = parseAbi([
  'function slot0() view returns (uint160 sqrtPriceX96, int24 tick, uint16 observationIndex, uint16 observationCardinality, uint16 observationCardinalityNext, uint8 feeProtocol, bool unlocked)',
  'function liquidity() view returns (uint128)',
])
const v2PairAbi = parseAbi([
  'function getReserves() view returns (uint112 reserve0, uint112 reserve1, uint32 blockTimestampLast)',
])
const stakerAbi = parseAbi([
  'function incentives(bytes32 incentiveId) view returns (uint256 totalRewardUnclaimed, uint160 totalSecondsClaimedX128, uint96 numberOfStakes)',
])
const stakingRewardsAbi = parseAbi([
  'function rewardRate() view returns (uint256)',
  'function periodFinish() view returns (uint256)',
  'function totalSupply() view returns (uint256)',
])
const erc20Abi = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function decimals() view returns (uint8)',
])
const v3SwapEvent = parseAbiItem(
  'event Swap(address indexed sender, address indexed recipient, int256 amount0, int256 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick)',
)
const v2SwapEvent = parseAbiItem(
  'event Swap(address indexed sender, uint256 amount0In, uint256 amount1In, uint256 amount0Out, uint256 amount1Out, address indexed to)',
)

const DAY = 86_400
/** 365 days, the year the app annualizes with. */
const YEAR = 365 * DAY
const V2_FEE_PIPS = 3000

/** Token amounts per side, [token0, token1], in wei. */
export type TokenPair = readonly [bigint, bigint]

/** One listed pool at one block, straight from the contracts. */
export interface PoolTruth {
  kind: 'v2' | 'v3'
  address: Address
  token0: { address: Address; decimals: number }
  token1: { address: Address; decimals: number }
  feePips: number
  /** V3 slot0; absent for V2. */
  sqrtPriceX96?: bigint
  tick?: number
  /** V3 liquidity(); V2 ⌊√(reserve0·reserve1)⌋. */
  activeLiquidity: bigint
  /** Active liquidity's virtual reserves (x = L/√P, y = L·√P; V2 its reserves) in USD. */
  activeLiquidityUsd: number | null
  /** What TVL values: V3 the pool's token balances, V2 its reserves. */
  tvlWei: TokenPair
  /** Whole token1 per whole token0 (display float). */
  price: number | null
  /** What traders paid in (positive Swap amounts; V2 amountIn) over (t−24 h, t] and (t−7 d, t]. */
  in24hWei: TokenPair
  in7dWei: TokenPair
  /** |amount| moved per side over the windows (volume of a pool with one unpriced token). */
  moved24hWei: TokenPair
  moved7dWei: TokenPair
  swapCount24h: number
  swapCount7d: number
  tvlUsd: number | null
  volumeUsd24h: number | null
  volumeUsd7d: number | null
  feesUsd24h: number | null
  feesUsd7d: number | null
  /** The 24 h pool fee APR: fees of the last 24 h over TVL, × 365 (simple). */
  feeApr: number | null
  /**
   * The liquidity-mining program paying the pool, per dollar staked (src/domain/figures/farmRewardApr.ts):
   * V3 the latest-ending staker incentive by the staker's payout rule (totalRewardUnclaimed over the
   * unclaimed liquidity-seconds, (end − start) − totalSecondsClaimed), over the pool's TVL; V2 the
   * StakingRewards farm of its LP token, over the staked share of the TVL. Null: no program.
   */
  farm: { active: boolean; rewardApr: number | null } | null
}

/** Every listed pool of the deployments at one block. */
export interface PoolsTruth {
  blockNumber: bigint
  timestamp: number
  /** Seconds the 7 d window covers: 7 d, or the pools' whole history when that is shorter. */
  windowSeconds7d: number
  /** USD per whole token, lowercase address; absent = no route to the USD token. */
  usdPerToken: Map<string, number>
  /** Lowercase address → truth. */
  pools: Map<string, PoolTruth>
}

const lower = (address: string) => address.toLowerCase()

/** Whole tokens of a wei amount as a float (18 fractional digits kept exact before the conversion). */
export function wholeTokens(wei: bigint, decimals: number): number {
  const scale = 10n ** BigInt(decimals)
  return Number(wei / scale) + Number(((wei % scale) * 10n ** 18n) / scale) / 1e18
}

/** ⌊√n⌋ by Newton's method (written here, not src/math's isqrt, since it is the figure checked). */
function integerSqrt(n: bigint): bigint {
  if (n < 2n) return n
  let x = n
  let y = (x + 1n) / 2n
  while (y < x) {
    x = y
    y = (x + n / x) / 2n
  }
  return x
}

/** A pool's sides for the USD routing: raw token1 per raw token0 and the (virtual) reserves. */
export interface RoutingPool {
  token0: string
  token1: string
  /** raw token1 per raw token0 */
  price1Per0: number
  reserve0: number
  reserve1: number
}

/**
 * USD per RAW token unit for every token reachable from `usdToken`, by the rule the app documents
 * (computeUsdPriceRatios): breadth first, one hop per round; each newly reached token takes the pool whose
 * already-priced side holds the most USD. Floats: the oracle only checks displayed (rounded) USD figures.
 */
export function routeUsdPrices(usdToken: string, pools: readonly RoutingPool[]): Map<string, number> {
  const prices = new Map<string, number>([[lower(usdToken), 1]])
  for (;;) {
    const best = new Map<string, { price: number; depth: number }>()
    for (const pool of pools) {
      const sides = [
        {
          token: lower(pool.token0),
          via: lower(pool.token1),
          hop: pool.price1Per0,
          viaReserve: pool.reserve1,
        },
        {
          token: lower(pool.token1),
          via: lower(pool.token0),
          hop: 1 / pool.price1Per0,
          viaReserve: pool.reserve0,
        },
      ]
      for (const { token, via, hop, viaReserve } of sides) {
        const viaPrice = prices.get(via)
        if (viaPrice === undefined || prices.has(token)) continue
        const depth = viaReserve * viaPrice
        const current = best.get(token)
        if (!current || depth > current.depth) best.set(token, { price: hop * viaPrice, depth })
      }
    }
    if (best.size === 0) return prices
    for (const [token, { price }] of best) prices.set(token, price)
  }
}

/** First block whose timestamp is strictly after `since` (blocks are in time order), by bisection. */
async function firstBlockAfter(
  timestampOf: (block: bigint) => Promise<number>,
  since: number,
  from: bigint,
  to: bigint,
): Promise<bigint> {
  let low = from
  let high = to + 1n
  while (low < high) {
    const middle = (low + high) / 2n
    if ((await timestampOf(middle)) > since) high = middle
    else low = middle + 1n
  }
  return low
}

/** Reads the truth of the pools list; one instance caches per block (state at a block never changes). */
export interface PoolsOracle {
  at(blockNumber: bigint): Promise<PoolsTruth>
}

/**
 * An oracle for the pools list figures of `deployments` (every V3 pool and V2 pair it lists), from a
 * direct client on the devnet. Cached per block for the lifetime of the oracle: create one per scenario,
 * since a devnet revert can reuse a block number.
 */
export function createPoolsOracle(client: PublicClient, deployments: Deployments): PoolsOracle {
  const truths = new Map<bigint, Promise<PoolsTruth>>()
  const timestamps = new Map<bigint, Promise<number>>()
  const decimals = new Map<string, Promise<number>>()
  const timestampOf = (block: bigint) => {
    let known = timestamps.get(block)
    if (!known) {
      known = client.getBlock({ blockNumber: block }).then((b) => Number(b.timestamp))
      timestamps.set(block, known)
    }
    return known
  }
  const decimalsOf = (token: Address) => {
    let known = decimals.get(lower(token))
    if (!known) {
      known = client.readContract({ address: token, abi: erc20Abi, functionName: 'decimals' }).then(Number)
      decimals.set(lower(token), known)
    }
    return known
  }
  return {
    at(blockNumber) {
      let truth = truths.get(blockNumber)
      if (!truth) {
        truth = readPoolsTruth(client, deployments, blockNumber, timestampOf, decimalsOf)
        truth.catch(() => truths.delete(blockNumber))
        truths.set(blockNumber, truth)
      }
      return truth
    },
  }
}

async function readPoolsTruth(
  client: PublicClient,
  deployments: Deployments,
  blockNumber: bigint,
  timestampOf: (block: bigint) => Promise<number>,
  decimalsOf: (token: Address) => Promise<number>,
): Promise<PoolsTruth> {
  const at = { blockNumber } as const
  const timestamp = await timestampOf(blockNumber)
  const startBlock = BigInt(deployments.startBlock)
  const windowSeconds7d = Math.max(0, Math.min(7 * DAY, timestamp - (await timestampOf(startBlock))))
  const from7d = await firstBlockAfter(timestampOf, timestamp - 7 * DAY, startBlock, blockNumber)
  const from24h = await firstBlockAfter(timestampOf, timestamp - DAY, from7d, blockNumber)

  type Raw = Omit<
    PoolTruth,
    | 'tvlUsd'
    | 'activeLiquidityUsd'
    | 'volumeUsd24h'
    | 'volumeUsd7d'
    | 'feesUsd24h'
    | 'feesUsd7d'
    | 'feeApr'
    | 'price'
    | 'farm'
  > & { routing: RoutingPool | null }
  const tokenOf = async (address: Address) => ({ address, decimals: await decimalsOf(address) })
  const emptyWindows = () => ({
    in24hWei: [0n, 0n] as TokenPair,
    in7dWei: [0n, 0n] as TokenPair,
    moved24hWei: [0n, 0n] as TokenPair,
    moved7dWei: [0n, 0n] as TokenPair,
    swapCount24h: 0,
    swapCount7d: 0,
  })
  const v3 = deployments.v3Pools.map(async (pool): Promise<Raw> => {
    const [slot0, liquidity, balance0, balance1, token0, token1] = await Promise.all([
      client.readContract({ ...at, address: pool.address, abi: v3PoolAbi, functionName: 'slot0' }),
      client.readContract({ ...at, address: pool.address, abi: v3PoolAbi, functionName: 'liquidity' }),
      client.readContract({
        ...at,
        address: pool.token0,
        abi: erc20Abi,
        functionName: 'balanceOf',
        args: [pool.address],
      }),
      client.readContract({
        ...at,
        address: pool.token1,
        abi: erc20Abi,
        functionName: 'balanceOf',
        args: [pool.address],
      }),
      tokenOf(pool.token0),
      tokenOf(pool.token1),
    ])
    const sqrtPriceX96 = slot0[0]
    const sqrtPrice = Number(sqrtPriceX96) / 2 ** 96
    return {
      kind: 'v3',
      address: pool.address,
      token0,
      token1,
      feePips: pool.fee,
      sqrtPriceX96,
      tick: slot0[1],
      activeLiquidity: liquidity,
      tvlWei: [balance0, balance1],
      ...emptyWindows(),
      // Virtual reserves at the current price: x = L/√P, y = L·√P (pools without liquidity route nothing).
      routing:
        sqrtPriceX96 > 0n && liquidity > 0n
          ? {
              token0: pool.token0,
              token1: pool.token1,
              price1Per0: sqrtPrice * sqrtPrice,
              reserve0: Number(liquidity) / sqrtPrice,
              reserve1: Number(liquidity) * sqrtPrice,
            }
          : null,
    }
  })
  const v2 = deployments.v2Pairs.map(async (pair): Promise<Raw> => {
    const [[reserve0, reserve1], token0, token1] = await Promise.all([
      client.readContract({ ...at, address: pair.address, abi: v2PairAbi, functionName: 'getReserves' }),
      tokenOf(pair.token0),
      tokenOf(pair.token1),
    ])
    return {
      kind: 'v2',
      address: pair.address,
      token0,
      token1,
      feePips: V2_FEE_PIPS,
      activeLiquidity: integerSqrt(reserve0 * reserve1),
      tvlWei: [reserve0, reserve1],
      ...emptyWindows(),
      routing:
        reserve0 > 0n && reserve1 > 0n
          ? {
              token0: pair.token0,
              token1: pair.token1,
              price1Per0: Number(reserve1) / Number(reserve0),
              reserve0: Number(reserve0),
              reserve1: Number(reserve1),
            }
          : null,
    }
  })
  const raws = await Promise.all([...v3, ...v2])
  const byAddress = new Map(raws.map((raw) => [lower(raw.address), raw]))

  // Swaps of the last 7 days: blocks after t − 7 d, up to and including the block itself.
  const add = (pair: TokenPair, a: bigint, b: bigint): TokenPair => [pair[0] + a, pair[1] + b]
  const abs = (value: bigint) => (value < 0n ? -value : value)
  const count = (address: string, block: bigint, paid: TokenPair, moved: TokenPair) => {
    const raw = byAddress.get(lower(address))
    if (!raw) return
    raw.in7dWei = add(raw.in7dWei, ...paid)
    raw.moved7dWei = add(raw.moved7dWei, ...moved)
    raw.swapCount7d += 1
    if (block >= from24h) {
      raw.in24hWei = add(raw.in24hWei, ...paid)
      raw.moved24hWei = add(raw.moved24hWei, ...moved)
      raw.swapCount24h += 1
    }
  }
  if (from7d <= blockNumber) {
    const range = { fromBlock: from7d, toBlock: blockNumber } as const
    const [v3Logs, v2Logs] = await Promise.all([
      client.getLogs({ ...range, address: deployments.v3Pools.map((p) => p.address), event: v3SwapEvent }),
      client.getLogs({ ...range, address: deployments.v2Pairs.map((p) => p.address), event: v2SwapEvent }),
    ])
    for (const log of v3Logs) {
      const { amount0 = 0n, amount1 = 0n } = log.args
      count(
        log.address,
        log.blockNumber,
        [amount0 > 0n ? amount0 : 0n, amount1 > 0n ? amount1 : 0n],
        [abs(amount0), abs(amount1)],
      )
    }
    for (const log of v2Logs) {
      const { amount0In = 0n, amount1In = 0n, amount0Out = 0n, amount1Out = 0n } = log.args
      count(
        log.address,
        log.blockNumber,
        [amount0In, amount1In],
        [amount0In + amount0Out, amount1In + amount1Out],
      )
    }
  }

  const usdToken = deployments.usdToken
  const usdDecimals = await decimalsOf(usdToken)
  const rawPrices = routeUsdPrices(
    usdToken,
    raws.flatMap((raw) => (raw.routing ? [raw.routing] : [])),
  )
  const usdPerToken = new Map<string, number>()
  for (const raw of raws)
    for (const token of [raw.token0, raw.token1]) {
      const price = rawPrices.get(lower(token.address))
      if (price !== undefined)
        usdPerToken.set(lower(token.address), price * 10 ** (token.decimals - usdDecimals))
    }

  // Farms: reward wei per second and the staked base, read at the block.
  const rewardPerYearUsd = async (token: Address, wei: bigint, perSeconds = YEAR) => {
    if (wei === 0n) return 0
    const usd = usdPerToken.get(lower(token))
    return usd === undefined ? null : wholeTokens(wei, await decimalsOf(token)) * usd * perSeconds
  }
  const farms = new Map<string, (tvlUsd: number | null) => { active: boolean; rewardApr: number | null }>()
  for (const pool of deployments.v3Pools) {
    const incentive = deployments.v3Incentives
      .filter((entry) => lower(entry.pool) === lower(pool.address))
      .sort((a, b) => b.endTime - a.endTime)[0]
    if (!incentive) continue
    const [unclaimed, secondsClaimedX128] = await client.readContract({
      ...at,
      address: deployments.contracts.v3Staker,
      abi: stakerAbi,
      functionName: 'incentives',
      args: [incentive.incentiveId],
    })
    const active = timestamp >= incentive.startTime && timestamp < incentive.endTime
    // The staker pays totalRewardUnclaimed × secondsInside / totalSecondsUnclaimed (RewardMath): all
    // active liquidity together gains one second per second.
    const unclaimedSecondsX128 =
      (BigInt(incentive.endTime - incentive.startTime) << 128n) - secondsClaimedX128
    const yearWei =
      active && unclaimedSecondsX128 > 0n ? ((unclaimed * BigInt(YEAR)) << 128n) / unclaimedSecondsX128 : 0n
    const perYear = await rewardPerYearUsd(incentive.rewardToken, yearWei, 1)
    farms.set(lower(pool.address), (tvlUsd) => ({
      active,
      rewardApr: perYear === null || tvlUsd === null || tvlUsd <= 0 ? null : perYear / tvlUsd,
    }))
  }
  for (const farm of deployments.stakingRewards) {
    const read = (functionName: 'rewardRate' | 'periodFinish' | 'totalSupply') =>
      client.readContract({ ...at, address: farm.address, abi: stakingRewardsAbi, functionName })
    const [rate, periodFinish, staked, lpSupply] = await Promise.all([
      read('rewardRate'),
      read('periodFinish'),
      read('totalSupply'),
      client.readContract({
        ...at,
        address: farm.stakingToken,
        abi: stakingRewardsAbi,
        functionName: 'totalSupply',
      }),
    ])
    const active = timestamp < Number(periodFinish)
    const perYear = active ? await rewardPerYearUsd(farm.rewardsToken, rate) : 0
    farms.set(lower(farm.stakingToken), (tvlUsd) => {
      // The staked share of the reserves, as the list computes it (to 6 decimals).
      const stakedUsd =
        tvlUsd !== null && lpSupply > 0n
          ? (tvlUsd * Number((staked * 1_000_000n) / lpSupply)) / 1_000_000
          : null
      return {
        active,
        rewardApr: perYear === null || stakedUsd === null || stakedUsd <= 0 ? null : perYear / stakedUsd,
      }
    })
  }

  const pools = new Map<string, PoolTruth>()
  for (const { routing: _routing, ...raw } of raws) {
    const p0 = usdPerToken.get(lower(raw.token0.address))
    const p1 = usdPerToken.get(lower(raw.token1.address))
    const usd = ([a0, a1]: TokenPair): number | null =>
      (a0 > 0n && p0 === undefined) || (a1 > 0n && p1 === undefined)
        ? null
        : wholeTokens(a0, raw.token0.decimals) * (p0 ?? 0) + wholeTokens(a1, raw.token1.decimals) * (p1 ?? 0)
    /** Value of what traders paid in; with one token unpriced, the priced token's moved amount. */
    const volume = (paid: TokenPair, moved: TokenPair, swaps: boolean): number | null => {
      if (!swaps) return p0 !== undefined || p1 !== undefined ? 0 : null
      const both = usd(paid)
      if (both !== null) return both
      if (p0 !== undefined) return wholeTokens(moved[0], raw.token0.decimals) * p0
      if (p1 !== undefined) return wholeTokens(moved[1], raw.token1.decimals) * p1
      return null
    }
    const volumeUsd24h = volume(raw.in24hWei, raw.moved24hWei, raw.swapCount24h > 0)
    const volumeUsd7d = volume(raw.in7dWei, raw.moved7dWei, raw.swapCount7d > 0)
    const fee = (value: number | null) => (value === null ? null : (value * raw.feePips) / 1_000_000)
    const tvlUsd = usd(raw.tvlWei)
    const feesUsd7d = fee(volumeUsd7d)
    const feesUsd24h = fee(volumeUsd24h)
    let activeLiquidityUsd = tvlUsd
    if (raw.kind === 'v3') {
      const sqrtPrice = Number(raw.sqrtPriceX96 ?? 0n) / 2 ** 96
      const reserve0 = sqrtPrice > 0 ? Number(raw.activeLiquidity) / sqrtPrice : 0
      const reserve1 = Number(raw.activeLiquidity) * sqrtPrice
      activeLiquidityUsd =
        (reserve0 > 0 && p0 === undefined) || (reserve1 > 0 && p1 === undefined)
          ? null
          : (reserve0 / 10 ** raw.token0.decimals) * (p0 ?? 0) +
            (reserve1 / 10 ** raw.token1.decimals) * (p1 ?? 0)
    }
    let price: number | null = null
    if (raw.sqrtPriceX96 !== undefined && raw.sqrtPriceX96 > 0n) {
      const sqrtPrice = Number(raw.sqrtPriceX96) / 2 ** 96
      price = sqrtPrice * sqrtPrice * 10 ** (raw.token0.decimals - raw.token1.decimals)
    } else if (raw.kind === 'v2' && raw.tvlWei[0] > 0n)
      price =
        wholeTokens(raw.tvlWei[1], raw.token1.decimals) / wholeTokens(raw.tvlWei[0], raw.token0.decimals)
    pools.set(lower(raw.address), {
      ...raw,
      price,
      tvlUsd,
      activeLiquidityUsd,
      volumeUsd24h,
      volumeUsd7d,
      feesUsd24h,
      feesUsd7d,
      feeApr:
        feesUsd24h === null || tvlUsd === null || tvlUsd <= 0
          ? null
          : (feesUsd24h / tvlUsd) * (YEAR / 86_400),
      farm: farms.get(lower(raw.address))?.(tvlUsd) ?? null,
    })
  }
  return { blockNumber, timestamp, windowSeconds7d, usdPerToken, pools }
}
