import type { Address } from 'viem'
import { rawPriceFromSqrtPriceX96, sqrtPriceX96FromRawPrice } from './ammMath.ts'
import { MEAN_REVERSION_PER_STEP, PRICE_SIGMA } from './markets.ts'
import type { SeedContext, SeededV2Pair, SeededV3Pool } from './seedContext.ts'
import type { TokenKey } from './tokenSpecs.ts'
import { marketRawPrice, rawAmountForUsd, readSlot0, readV2Reserves, swapV2, swapV3 } from './uniswapOps.ts'

/** Prices closer than this to the market are left alone by arbitrage trades. */
const ARB_TOLERANCE = 1e-4
/** Share of trades that push a pool back to the market price (the rest are random-size noise). */
const ARB_SHARE = 0.6
/** V2 swap fee factor (0.3 %). */
const V2_FEE_FACTOR = 0.997

/**
 * One step of the seeded market: each token's USD price moves by a uniform ±sigma shock plus a pull
 * towards its starting price (so a 30-day walk stays in a realistic band). `sigmas` and `meanReversion`
 * default to the devnet's market.
 */
export function walkPrices(
  ctx: SeedContext,
  random: () => number,
  initialPricesUsd: Record<TokenKey, number>,
  sigmas: Readonly<Record<TokenKey, number>> = PRICE_SIGMA,
  meanReversion = MEAN_REVERSION_PER_STEP,
): void {
  for (const key of Object.keys(ctx.pricesUsd) as TokenKey[]) {
    const sigma = sigmas[key]
    if (sigma === 0) continue
    const price = ctx.pricesUsd[key]
    const shock = sigma * (2 * random() - 1)
    ctx.pricesUsd[key] = price * (1 + shock) + meanReversion * (initialPricesUsd[key] - price)
  }
}

type Market = { kind: 'v3'; pool: SeededV3Pool } | { kind: 'v2'; pair: SeededV2Pair }

function pickMarket(ctx: SeedContext, random: () => number): Market {
  const markets: Market[] = [
    ...ctx.v3Pools.map((pool) => ({ kind: 'v3' as const, pool })),
    ...ctx.v2Pairs.map((pair) => ({ kind: 'v2' as const, pair })),
  ]
  const weightOf = (market: Market) =>
    market.kind === 'v3' ? market.pool.spec.weight : market.pair.spec.weight
  const total = markets.reduce((sum, market) => sum + weightOf(market), 0)
  let pick = random() * total
  for (const market of markets) {
    pick -= weightOf(market)
    if (pick < 0) return market
  }
  return markets[markets.length - 1] as Market
}

/** Noise trade size: 0.05 %–0.45 % of the market's seeded TVL, at least one raw unit. */
function noiseAmount(ctx: SeedContext, tokenIn: TokenKey, tvlUsd: number, random: () => number): bigint {
  const amount = rawAmountForUsd(ctx, tokenIn, tvlUsd * (0.0005 + random() * 0.004))
  return amount > 0n ? amount : 1n
}

async function tradeV3(
  ctx: SeedContext,
  trader: Address,
  pool: SeededV3Pool,
  random: () => number,
): Promise<void> {
  const arbitrage = random() < ARB_SHARE
  const noiseZeroForOne = random() < 0.5
  const { sqrtPriceX96 } = await readSlot0(ctx, pool)
  const targetPrice = marketRawPrice(ctx, pool.token0, pool.token1)
  const deviation = targetPrice / rawPriceFromSqrtPriceX96(sqrtPriceX96) - 1
  if (arbitrage && Math.abs(deviation) > ARB_TOLERANCE) {
    // exactInputSingle with a price limit stops at the market price; the router pulls only what it used.
    const zeroForOne = deviation < 0
    const tokenIn = zeroForOne ? pool.token0 : pool.token1
    const capRaw = rawAmountForUsd(ctx, tokenIn, pool.spec.tvlUsd * 0.25)
    await swapV3(ctx, trader, pool, zeroForOne, capRaw, sqrtPriceX96FromRawPrice(targetPrice))
    return
  }
  const tokenIn = noiseZeroForOne ? pool.token0 : pool.token1
  await swapV3(ctx, trader, pool, noiseZeroForOne, noiseAmount(ctx, tokenIn, pool.spec.tvlUsd, random))
}

async function tradeV2(
  ctx: SeedContext,
  trader: Address,
  pair: SeededV2Pair,
  random: () => number,
): Promise<void> {
  const arbitrage = random() < ARB_SHARE
  const noiseZeroForOne = random() < 0.5
  const [reserve0, reserve1] = (await readV2Reserves(ctx, pair)).map(Number) as [number, number]
  const targetPrice = marketRawPrice(ctx, pair.token0, pair.token1)
  const deviation = targetPrice / (reserve1 / reserve0) - 1
  if (arbitrage && Math.abs(deviation) > ARB_TOLERANCE) {
    // Constant product: at price P the reserves are sqrt(k/P) and sqrt(kP).
    const k = reserve0 * reserve1
    const zeroForOne = deviation < 0
    const amountIn = zeroForOne
      ? (Math.sqrt(k / targetPrice) - reserve0) / V2_FEE_FACTOR
      : (Math.sqrt(k * targetPrice) - reserve1) / V2_FEE_FACTOR
    if (amountIn >= 1) {
      await swapV2(ctx, trader, pair, zeroForOne, BigInt(Math.floor(amountIn)))
      return
    }
  }
  const tokenIn = noiseZeroForOne ? pair.token0 : pair.token1
  await swapV2(ctx, trader, pair, noiseZeroForOne, noiseAmount(ctx, tokenIn, pair.spec.tvlUsd, random))
}

/**
 * Sends one trade by a random trader on a random market (weighted): either arbitrage back to the
 * market price or a random-size noise trade.
 */
export async function tradeOnce(
  ctx: SeedContext,
  traders: readonly Address[],
  random: () => number,
): Promise<void> {
  const trader = traders[Math.floor(random() * traders.length)] as Address
  const market = pickMarket(ctx, random)
  if (market.kind === 'v3') await tradeV3(ctx, trader, market.pool, random)
  else await tradeV2(ctx, trader, market.pair, random)
}
